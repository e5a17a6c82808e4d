/*
 * The interview mode's IndexedDB ("interviews"): the draft saves ("drafts")
 * and the sends ("sends") waiting for the server, one record per interview
 * (key: form and participant). A record leaves only once the server said so;
 * without IndexedDB (private mode) everything stays in memory and reads find
 * nothing.
 *
 * The store itself is static/js/offline-store.js's, shared with the
 * attendance register (loaded before the interview's parts).
 */
(function (root) {
  "use strict";

  var parts = (root.InterviewParts = root.InterviewParts || {});

  /** `new parts.Store()`: the interview's OfflineStore. */
  function Store() {
    return new root.OfflineStore("interviews", ["drafts", "sends"]);
  }

  parts.Store = Store;
})(window);
