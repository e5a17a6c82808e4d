/*
 * The interview's service worker (/interviews/sw.js, see sw.js): registered
 * for the whole site, told which URLs to keep (this page and the files it
 * uses); once it holds the page, #interview gets data-kept (the page then
 * opens offline). Without a worker (private mode, old browser) online use is
 * unchanged.
 *
 * A method of the interview (interview.js assembles it).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var toArray = root.SurveyQuestions.toArray;

  parts.worker = {
    registerWorker: function () {
      if (!("serviceWorker" in navigator) || !window.isSecureContext) {
        return;
      }
      var manifest = document.querySelector('link[rel="manifest"]');
      var url =
        this.main.dataset.swUrl ||
        (manifest ? new URL("sw.js", manifest.href).pathname : "/interviews/sw.js");
      var keep = [location.href];
      var assets = 'link[rel="stylesheet"], link[rel~="icon"], script[src]';
      toArray(document.querySelectorAll(assets)).forEach(function (element) {
        keep.push(element.href || element.src);
      });
      var main = this.main;
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
    },
  };
})(window);
