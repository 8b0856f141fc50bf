/**
 * Deep-freeze registry data, so a caller cannot change what every later `extract()` in the
 * process sees: `getInstrument('apmbt').articles.splice(0)` throws a TypeError instead of
 * silencing `article-out-of-range`.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value
  seen.add(value)
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key], seen)
  }
  return Object.freeze(value)
}
