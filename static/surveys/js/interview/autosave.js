/*
 * Autosave: about 2 s after a change and at every section change, the draft
 * is written to IndexedDB first, then posted with a new client id and the
 * revision it starts from; it leaves IndexedDB only once the server said so.
 * Offline, it waits there (and survives a closed tab) until the network comes
 * back. One save at a time, in order: content typed while a save is on its way
 * goes right after it (record.next).
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var newClientId = root.SurveyQuestions.newClientId;

  var DEBOUNCE_MS = 2000;

  parts.autosave = {
    changedIn: function (target) {
      var question = target.closest && target.closest("[data-question]");
      this.apply();
      if (question && question.classList.contains("has-error") && !this.problemOf(question)) {
        this.clearError(question);
      }
      this.changed();
    },

    changed: function () {
      var self = this;
      if (this.sending) {
        return;
      }
      clearTimeout(this.timer);
      this.timer = setTimeout(function () {
        self.saveNow();
      }, DEBOUNCE_MS);
    },

    /** A new draft save of `payload`, starting from revision `base`, not yet tried. */
    draftRecord: function (base, payload) {
      return {
        key: this.key,
        uuid: newClientId(),
        base: base,
        payload: payload,
        attempted: false,
        next: null,
        changedAt: Date.now(),
      };
    },

    /** Hand the current content to IndexedDB, then to the server. */
    saveNow: function () {
      var self = this;
      clearTimeout(this.timer);
      this.timer = null;
      if (this.sending || !this.lastJson) {
        return Promise.resolve();
      }
      var payload = this.payload();
      var json = JSON.stringify(payload);
      if (json === this.lastJson && !this.inConflict) {
        return Promise.resolve();
      }
      this.lastJson = json;
      var record = this.record;
      if (record && record.attempted) {
        // Already on its way (or maybe arrived): this content goes right after it.
        record.next = payload;
      } else {
        record = this.draftRecord(record ? record.base : this.revision, payload);
      }
      record.changedAt = Date.now();
      this.record = record;
      if (this.inConflict) {
        return this.keep(record); // kept on the tablet; sent once the coach chose
      }
      this.setState("saving", this.text("saving"));
      return this.keep(record).then(function () {
        self.sync();
      });
    },

    keep: function (record) {
      var self = this;
      return this.store.put("drafts", record).then(
        function () {
          self.stored = self.record === record;
        },
        function () {
          self.stored = false;
        }
      );
    },

    /** Post the pending draft save; one at a time, in order. */
    sync: function () {
      var self = this;
      var record = this.record;
      if (this.syncing) {
        this.again = true;
        return;
      }
      if (!record || this.inConflict || this.sendRecord || !this.draftUrl) {
        return;
      }
      if (navigator.onLine === false) {
        this.offlineState();
        return;
      }
      this.syncing = true;
      this.again = false;
      var prepare = Promise.resolve();
      if (!record.attempted) {
        record.attempted = true; // from now on, retries send this very save
        prepare = this.keep(record);
      }
      prepare
        .then(function () {
          var body = JSON.stringify(
            Object.assign({}, record.payload, {
              client_uuid: record.uuid,
              base_revision: record.base,
            })
          );
          return self.post(self.draftUrl, body, {
            "Content-Type": "application/json",
          });
        })
        .then(function (answer) {
          self.syncing = false;
          self.draftAnswered(record, answer.status, answer.data);
        })
        .catch(function () {
          self.syncing = false;
          self.offlineState();
        });
    },

    draftAnswered: function (record, status, data) {
      var self = this;
      if (status === 200 || status === 201) {
        this.draftSaved(record, data);
      } else if (status === 409 && data.error === "conflict" && data.server) {
        this.resetRetry();
        this.showConflict(data.server, data.message);
      } else if (status === 409) {
        // This client id went with other content: same content, new id.
        record.uuid = newClientId();
        record.attempted = false;
        this.keep(record).then(function () {
          self.sync();
        });
      } else if (status === 410) {
        this.record = null;
        this.store.remove("drafts", this.key);
        if (this.sending) {
          return; // this tablet's own send closed the draft: its answer decides
        }
        this.setState("sent", this.text("already_sent") || data.message);
        if (data.redirect) {
          window.location.assign(data.redirect);
        }
      } else if (status >= 500 || status === 0 || status === 429 || status === 408) {
        this.offlineState("server_error");
      } else if (data.error === "login_required") {
        // Kept on the tablet; saved again once she logged in (retried with backoff).
        this.setState("not-saved", this.text("login_required") || this.notSaved(data.message));
        this.waitForNetwork("not-saved");
      } else {
        // Refused (too large, form changed, not allowed): kept on the tablet,
        // tried again with the next change.
        record.attempted = false;
        this.keep(record);
        var reason = data.error === "too_large" ? this.text("too_large") : "";
        this.setState("not-saved", reason || this.notSaved(data.message));
      }
    },

    /** The server kept the save: the next content goes, or the tablet forgets it. */
    draftSaved: function (record, data) {
      var self = this;
      this.resetRetry();
      this.revision = Number(data.revision) || this.revision;
      this.main.dataset.revision = String(this.revision);
      if (record.next) {
        this.record = this.draftRecord(this.revision, record.next);
        this.keep(this.record).then(function () {
          self.sync();
        });
        return;
      }
      if (this.record === record) {
        this.record = null;
        this.stored = false;
        this.store.remove("drafts", this.key);
      }
      this.setState("saved", this.savedText(data.saved_at));
      if (this.again) {
        this.sync();
      }
    },
  };
})(window);
