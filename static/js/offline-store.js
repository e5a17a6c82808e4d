/*
 * What a page that works offline needs (the interview mode, the attendance
 * register): records kept in IndexedDB until the server confirmed them, a
 * client id per record, and the service worker (/interviews/sw.js) that keeps
 * the page and its files.
 *
 *   var store = new OfflineStore("registers", ["saves"]);
 *   store.put("saves", {key: "42", ...}).then(...); store.get("saves", "42");
 *   OfflineStore.registerWorker(mainElement);  // data-kept once the page is kept
 *
 * Without IndexedDB (private mode) every call resolves as if nothing was kept:
 * the page still works online.
 */
(function () {
  "use strict";

  function OfflineStore(name, storeNames) {
    this.name = name;
    this.storeNames = storeNames;
    this.opening = null;
  }

  OfflineStore.prototype.open = function () {
    if (this.opening) {
      return this.opening;
    }
    var self = this;
    this.opening = new Promise(function (resolve) {
      var request;
      try {
        request = window.indexedDB.open(self.name, 1);
      } catch (error) {
        resolve(null); // no IndexedDB (private mode): memory only
        return;
      }
      request.onupgradeneeded = function () {
        var db = request.result;
        self.storeNames.forEach(function (storeName) {
          if (!db.objectStoreNames.contains(storeName)) {
            db.createObjectStore(storeName, { keyPath: "key" });
          }
        });
      };
      request.onsuccess = function () {
        resolve(request.result);
      };
      request.onerror = function () {
        resolve(null);
      };
      request.onblocked = function () {
        resolve(null);
      };
    });
    return this.opening;
  };

  OfflineStore.prototype.run = function (storeName, mode, work) {
    return this.open().then(function (db) {
      if (!db) {
        return Promise.reject(new Error("no IndexedDB"));
      }
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(storeName, mode);
        var request = work(transaction.objectStore(storeName));
        var result;
        request.onsuccess = function () {
          result = request.result;
        };
        transaction.oncomplete = function () {
          resolve(result);
        };
        transaction.onerror = function () {
          reject(transaction.error);
        };
        transaction.onabort = function () {
          reject(transaction.error);
        };
      });
    });
  };

  OfflineStore.prototype.get = function (storeName, key) {
    return this.run(storeName, "readonly", function (store) {
      return store.get(key);
    }).catch(function () {
      return undefined;
    });
  };

  OfflineStore.prototype.put = function (storeName, value) {
    return this.run(storeName, "readwrite", function (store) {
      return store.put(value);
    });
  };

  OfflineStore.prototype.remove = function (storeName, key) {
    return this.run(storeName, "readwrite", function (store) {
      return store.delete(key);
    }).catch(function () {});
  };

  /**
   * Register the service worker and ask it to keep this page and the files it
   * uses; ``main`` gets data-kept once the page is held (it then opens offline).
   */
  OfflineStore.registerWorker = function (main, workerUrl) {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) {
      return;
    }
    var manifest = document.querySelector('link[rel="manifest"]');
    var url =
      workerUrl ||
      (manifest ? new URL("sw.js", manifest.href).pathname : "/interviews/sw.js");
    var keep = [location.href];
    var assets = 'link[rel="stylesheet"], link[rel~="icon"], script[src]';
    Array.prototype.forEach.call(document.querySelectorAll(assets), function (element) {
      keep.push(element.href || element.src);
    });
    navigator.serviceWorker.addEventListener("message", function (event) {
      var data = event.data || {};
      if (data.type === "kept" && Array.isArray(data.urls)) {
        if (data.urls.indexOf(location.href) !== -1) {
          main.setAttribute("data-kept", "");
        }
      }
    });
    if (navigator.serviceWorker.startMessages) {
      navigator.serviceWorker.startMessages();
    }
    navigator.serviceWorker
      .register(url, { scope: "/" })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        if (registration.active) {
          registration.active.postMessage({ type: "keep", urls: keep });
        }
      })
      .catch(function () {
        // No worker (private mode, old browser): online use is unchanged.
      });
  };

  /** The value of a cookie (Django's csrftoken). */
  OfflineStore.cookie = function (name) {
    var found = document.cookie.split(";").filter(function (part) {
      return part.trim().indexOf(name + "=") === 0;
    })[0];
    return found ? decodeURIComponent(found.trim().slice(name.length + 1)) : "";
  };

  window.OfflineStore = OfflineStore;
})();
