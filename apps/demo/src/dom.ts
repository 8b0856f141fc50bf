/** Build an element; children are text (never parsed as HTML) or nodes. */
export function el(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElement {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  for (const child of children) if (child !== null && child !== undefined) node.append(child)
  return node
}
