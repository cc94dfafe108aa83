// Keeps the verification page on the phone once it has been opened, so that it opens and checks
// codes with no network. The page's own files only: answers of the fleet are never cached here
// (the page keeps the kiosk key certificates it checked). Network first, so an updated page is
// taken as soon as the fleet can be reached; the saved copy otherwise.
const CACHE = 'cleartrade-verify-v1';
const FILES = ['/c', '/c/verify.js', '/c/payload.js', '/c/words.js', '/c/page.css', '/c/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || !FILES.includes(url.pathname)) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then((saved) => saved || Response.error()))
  );
});
