/** Trees as indented JSON without `position` (which doubles the size and says little here). */
export function treeJson(trees: Record<string, unknown>): string {
  return JSON.stringify(trees, (key, value: unknown) => (key === 'position' ? undefined : value), 2)
}
