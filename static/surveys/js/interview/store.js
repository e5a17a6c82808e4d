/*
 * The interview mode's IndexedDB ("interviews"): the draft saves ("drafts")
 * and the sends ("sends") waiting for the server, one record per interview
 * (key: form and participant). A record leaves only once the server said so;
 * without IndexedDB (private mode) everything stays in memory and reads find
 * nothing.
 */
(function (root) {
  "use strict";

  var parts = (root.InterviewParts = root.InterviewParts || {});

  function Store() {
    this.opening = null;
  }

  Store.prototype.open = function () {
    if (this.opening) {
      return this.opening;
    }
    this.opening = new Promise(function (resolve) {
      var request;
      try {
        request = window.indexedDB.open("interviews", 1);
      } catch (error) {
        resolve(null); // no IndexedDB (private mode): memory only
        return;
      }
      request.onupgradeneeded = function () {
        var db = request.result;
        ["drafts", "sends"].forEach(function (name) {
          if (!db.objectStoreNames.contains(name)) {
            db.createObjectStore(name, { keyPath: "key" });
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

  Store.prototype.run = function (name, mode, work) {
    return this.open().then(function (db) {
      if (!db) {
        return Promise.reject(new Error("no IndexedDB"));
      }
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(name, mode);
        var request = work(transaction.objectStore(name));
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

  Store.prototype.get = function (name, key) {
    return this.run(name, "readonly", function (store) {
      return store.get(key);
    }).catch(function () {
      return undefined;
    });
  };

  Store.prototype.put = function (name, value) {
    return this.run(name, "readwrite", function (store) {
      return store.put(value);
    });
  };

  Store.prototype.remove = function (name, key) {
    return this.run(name, "readwrite", function (store) {
      return store.delete(key);
    }).catch(function () {});
  };

  parts.Store = Store;
})(window);
