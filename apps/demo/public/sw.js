// Offline after the first visit: pages are fetched from the network first (so a new build is
// picked up at once) and fall back to the cache; hashed assets are served from the cache.
// Same-origin GET requests only; nothing else is touched.
const cacheName = 'treatymark-demo-v2'

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  const hashed = url.pathname.startsWith('/assets/')
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName)
      if (hashed) {
        const cached = await cache.match(request, { ignoreVary: true })
        if (cached) return cached
      }
      try {
        const response = await fetch(request)
        if (response.ok) await cache.put(request, response.clone())
        return response
      } catch (error) {
        const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true })
        if (cached) return cached
        throw error
      }
    })(),
  )
})
