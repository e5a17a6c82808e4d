/*
 * The interview's service worker (/interviews/sw.js, see sw.js): registered
 * for the whole site, told which URLs to keep (this page and the files it
 * uses); once it holds the page, #interview gets data-kept (the page then
 * opens offline). Without a worker (private mode, old browser) online use is
 * unchanged. The registration is static/js/offline-store.js's, shared with
 * the attendance register.
 *
 * A method of the interview (interview.js assembles it).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;

  parts.worker = {
    registerWorker: function () {
      root.OfflineStore.registerWorker(this.main, this.main.dataset.swUrl);
    },
  };
})(window);
