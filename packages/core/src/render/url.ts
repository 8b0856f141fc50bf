/**
 * The only URLs the renderer emits are absolute `http:` and `https:` URLs; anything else
 * (`javascript:`, `data:`, relative or malformed strings) gives `undefined`, i.e. no link.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  // Cheap prefix test first: URL parsing is the slow part and most values are fine.
  if (!/^https?:\/\//i.test(trimmed)) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (!url.hostname) return undefined
  return url.href
}
