/*
 * Sending the interview: the form's data with one client id, kept in
 * IndexedDB with the pending send, so every retry (a double tap, a lost
 * answer, a reload) is the SAME send and the server stores it once. While it
 * waits, the answers are locked; once the server has it, the tablet forgets
 * the send and the draft and goes to the referral's page.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var newClientId = root.SurveyQuestions.newClientId;

  /** The form's fields as [name, value] pairs (files aside), with the client id. */
  function entriesOf(form, uuid) {
    var entries = [];
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string") {
        entries.push([name, value]);
      }
    });
    var hasId = entries.some(function (entry) {
      return entry[0] === "client_uuid";
    });
    if (!hasId) {
      entries.push(["client_uuid", uuid]);
    }
    return entries;
  }

  parts.send = {
    submit: function () {
      var self = this;
      if (this.sending || this.inConflict) {
        return; // a second tap is the same send
      }
      if (this.steps.beforeLast()) {
        this.steps.goNext(); // Enter in an early section means Next
        return;
      }
      this.apply();
      this.clearAllErrors();
      var problems = this.checkAll();
      if (problems.length) {
        var firstSection = this.steps.stepOf(problems[0].control || this.steps.current);
        this.steps.show(firstSection, false);
        this.showSummary(problems, "");
        return;
      }
      this.sending = true;
      clearTimeout(this.timer);
      var uuid = newClientId();
      if (this.clientIdField) {
        this.clientIdField.value = uuid;
      }
      var entries = entriesOf(this.form, uuid);
      this.sendRecord = { key: this.key, uuid: uuid, entries: entries, createdAt: Date.now() };
      this.lock(true);
      this.setState("sending", this.text("sending"));
      this.store
        .put("sends", this.sendRecord)
        .then(
          function () {
            self.sendStored = true;
          },
          function () {
            self.sendStored = false;
          }
        )
        .then(function () {
          self.flushSend();
        });
    },

    flushSend: function () {
      var self = this;
      var record = this.sendRecord;
      if (!record || this.sendInFlight) {
        return;
      }
      if (navigator.onLine === false) {
        this.waitForNetwork("waiting", this.text("waiting_to_send", "saved_offline"));
        return;
      }
      this.sendInFlight = true;
      this.setState("sending", this.text("sending"));
      var body = new FormData();
      record.entries.forEach(function (entry) {
        body.append(entry[0], entry[1]);
      });
      this.post(this.sendUrl, body)
        .then(function (answer) {
          self.sendInFlight = false;
          self.sendAnswered(record, answer.status, answer.data);
        })
        .catch(function () {
          self.sendInFlight = false;
          self.waitForNetwork("waiting", self.text("waiting_to_send", "saved_offline"));
        });
    },

    sendAnswered: function (record, status, data) {
      if (status === 200 || status === 201 || status === 410) {
        this.sent(data);
        return;
      }
      if (status >= 500 || status === 408 || status === 429) {
        this.waitForNetwork("waiting", this.text("waiting_to_send", "saved_offline"));
        return;
      }
      // Refused: nothing was stored, the coach corrects and sends again (new id).
      this.sendRecord = null;
      this.sending = false;
      this.store.remove("sends", this.key);
      this.lock(false);
      var known = ["login_required", "client_uuid_reused", "too_large", "form_changed"];
      var reason =
        (known.indexOf(data.error) !== -1 && this.text(data.error)) ||
        data.message ||
        this.text("server_error");
      this.setState("not-saved", this.notSaved(reason, "send_failed"));
      if (status === 400 && data.errors) {
        this.showServerErrors(data.errors, data.message);
      } else {
        this.showSummary([{ control: null, label: "", message: reason }], "");
      }
      this.changed(); // keep the draft going
    },

    /** The server has the interview (now or earlier): forget it here, then leave. */
    sent: function (data) {
      var self = this;
      this.resetRetry();
      this.sendRecord = null;
      this.record = null;
      Promise.all([
        this.store.remove("sends", this.key),
        this.store.remove("drafts", this.key),
      ]).then(function () {
        self.setState("sent", self.text("sent"));
        var target = self.doneUrl || data.redirect;
        if (target) {
          setTimeout(function () {
            window.location.assign(target);
          }, 600);
        }
      });
    },
  };
})(window);
