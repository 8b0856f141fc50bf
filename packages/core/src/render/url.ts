const cache = new Map<string, string | undefined>()

/**
 * The only URLs the renderer emits are absolute `http:` and `https:` URLs; anything else
 * (`javascript:`, `data:`, relative or malformed strings) gives `undefined`, i.e. no link.
 * Results are memoised: a document links the same few treaty and document URLs many times.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  if (cache.has(value)) return cache.get(value)
  const result = check(value)
  if (cache.size > 5_000) cache.clear()
  cache.set(value, result)
  return result
}

function check(value: string): string | undefined {
  const trimmed = value.trim()
  // Cheap prefix test first: URL parsing is the slow part.
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
