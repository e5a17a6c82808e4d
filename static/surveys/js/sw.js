/*
 * The interview mode's service worker (served by surveys/interviews/views/offline.py at
 * /interviews/sw.js, scope "/").
 *
 * It only looks at two kinds of requests, and only GETs:
 * - interview pages (/<lang>/interviews/<form>/participant/<id>/), and the
 *   other pages that work offline the same way (PAGES: other apps add theirs
 *   through the `offline_pages` hook, e.g. attendance registers): network
 *   first, so a coach online always gets the latest draft; the copy kept is
 *   shown when the network is down;
 * - static files (/static/...) that an interview page uses: from the cache
 *   first when their name carries their content's hash (production), else
 *   from the network first with the cache as the fallback (development);
 *   other pages' static files are not kept.
 * Everything else (the admin, the draft API, every POST) goes to the network
 * untouched and is never cached.
 *
 * The page tells the worker which URLs to keep ({type: "keep", urls: [...]}):
 * itself and the files it uses, so the first visit already works offline.
 * Once they are in the caches, the worker answers {type: "kept", urls: [...]}
 * with those it holds (a URL that could not be fetched is not among them).
 */
"use strict";

var VERSION = "__VERSION__";
var PRECACHE = __PRECACHE__;
var STATIC_CACHE = "interviews-static-" + VERSION;
var PAGE_CACHE = "interviews-pages-v1";
var INTERVIEW_PAGE = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?interviews\/\d+\/participant\/\d+\/$/i;
var PAGES = [INTERVIEW_PAGE].concat(
  __PAGES__.map(function (source) {
    return new RegExp(source, "i");
  })
);
var STATIC_PREFIX = "/static/";
// Django's ManifestStaticFilesStorage: name.0123456789ab.ext never changes.
var HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/i;

function isInterviewPage(url) {
  return (
    url.origin === self.location.origin &&
    PAGES.some(function (page) {
      return page.test(url.pathname);
    })
  );
}

function isStatic(url) {
  return url.origin === self.location.origin && url.pathname.indexOf(STATIC_PREFIX) === 0;
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(STATIC_CACHE)
      .then(function (cache) {
        // One missing file must not stop the worker from installing.
        return Promise.all(
          PRECACHE.map(function (url) {
            return cache.add(url).catch(function () {});
          })
        );
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("interviews-static-") === 0 && name !== STATIC_CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

/**
 * Keep a copy of a good answer (not a redirect to the login page, not an error);
 * true once it is in the cache.
 */
function keep(cacheName, request, response) {
  if (!response || !response.ok || response.redirected || response.type !== "basic") {
    return Promise.resolve(false);
  }
  var copy = response.clone();
  return caches.open(cacheName).then(function (cache) {
    return cache.put(request, copy).then(function () {
      return true;
    });
  });
}

function networkFirst(event) {
  var request = event.request;
  return fetch(request)
    .then(function (response) {
      event.waitUntil(keep(PAGE_CACHE, request, response));
      return response;
    })
    .catch(function (error) {
      return caches.open(PAGE_CACHE).then(function (cache) {
        return cache.match(request).then(function (found) {
          // Opened from the participant's page or the referral's: same interview.
          return found || cache.match(request, { ignoreSearch: true });
        }).then(function (found) {
          if (found) {
            return found;
          }
          throw error;
        });
      });
    });
}

function staticFile(event, fromInterview) {
  var request = event.request;
  var hashed = HASHED.test(new URL(request.url).pathname);
  return caches.open(STATIC_CACHE).then(function (cache) {
    return cache.match(request).then(function (found) {
      if (found && hashed) {
        return found;
      }
      return fetch(request)
        .then(function (response) {
          if (found || fromInterview) {
            event.waitUntil(keep(STATIC_CACHE, request, response));
          }
          return response;
        })
        .catch(function (error) {
          if (found) {
            return found;
          }
          throw error;
        });
    });
  });
}

function fromInterviewPage(request) {
  try {
    return Boolean(request.referrer) && isInterviewPage(new URL(request.referrer));
  } catch (error) {
    return false;
  }
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (isInterviewPage(url)) {
    event.respondWith(networkFirst(event));
  } else if (isStatic(url)) {
    event.respondWith(staticFile(event, fromInterviewPage(request)));
  }
});

/**
 * The page asks to keep itself and its files (first visit, not yet controlled);
 * the answer lists the URLs now in the caches, so the page knows whether it
 * opens without a network.
 */
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) {
    return;
  }
  var work = Promise.all(
    data.urls.map(function (href) {
      return keepUrl(href).then(function (held) {
        return held ? href : null;
      });
    })
  ).then(function (held) {
    if (event.source && event.source.postMessage) {
      event.source.postMessage({
        type: "kept",
        urls: held.filter(function (href) {
          return href !== null;
        }),
      });
    }
  });
  event.waitUntil(work);
});

/** Fetch and keep one URL the page uses; true once a good copy is in a cache. */
function keepUrl(href) {
  var url;
  try {
    url = new URL(href, self.location.origin);
  } catch (error) {
    return Promise.resolve(false);
  }
  var cacheName = isInterviewPage(url) ? PAGE_CACHE : isStatic(url) ? STATIC_CACHE : null;
  if (!cacheName) {
    return Promise.resolve(false);
  }
  return caches.open(cacheName).then(function (cache) {
    return cache.match(url.href).then(function (found) {
      if (found && cacheName === STATIC_CACHE) {
        return true;
      }
      return fetch(url.href, { credentials: "same-origin" })
        .then(function (response) {
          return keep(cacheName, url.href, response);
        })
        .catch(function () {
          return Boolean(found); // offline meanwhile: the older copy still opens
        });
    });
  });
}
