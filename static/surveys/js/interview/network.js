/*
 * Talking to the server: the interview's POSTs (draft saves and the send),
 * with the CSRF token, and the waits for the network between tries (backoff
 * from 1 s to 30 s with jitter, reset whenever the server answered or the
 * "online" event came).
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;

  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 30000;
  var KEEPALIVE_LIMIT = 60000;

  parts.network = {
    csrfToken: function () {
      var field = this.form.querySelector("input[name=csrfmiddlewaretoken]");
      var token = parts.tools.cookie("csrftoken");
      return token || this.main.dataset.csrfToken || (field ? field.value : "");
    },

    /**
     * POST to the interview's API: {status, data} once the server answered (data
     * is {} when the answer is not JSON); rejected only when nothing came back.
     * A small JSON body is sent with keepalive, so a save survives the page closing.
     */
    post: function (url, body, headers) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: Object.assign(
          {
            Accept: "application/json",
            "X-CSRFToken": this.csrfToken(),
            "X-Requested-With": "XMLHttpRequest",
          },
          headers || {}
        ),
        body: body,
        keepalive: typeof body === "string" && body.length < KEEPALIVE_LIMIT,
      }).then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            return { status: response.status, data: data };
          });
      });
    },

    /** The next wait for the network is a short one again. */
    resetRetry: function () {
      this.retryDelay = RETRY_MIN_MS;
    },

    waitForNetwork: function (state, text) {
      var self = this;
      if (text !== undefined) {
        this.setState(state, text);
      }
      clearTimeout(this.retryTimer);
      var delay = this.retryDelay * (0.75 + Math.random() * 0.5);
      this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
      this.retryTimer = setTimeout(function () {
        self.retryNow();
      }, delay);
    },

    retryNow: function () {
      clearTimeout(this.retryTimer);
      if (this.sendRecord) {
        this.flushSend();
      } else {
        this.sync();
      }
    },

    offlineState: function (reason) {
      if (this.stored) {
        this.waitForNetwork("offline", this.text("saved_offline"));
      } else {
        this.waitForNetwork("not-saved", this.notSaved(this.text(reason || "network_error")));
      }
    },
  };
})(window);
