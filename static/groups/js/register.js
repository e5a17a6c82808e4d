/*
 * The attendance register on a coach's tablet (issue #15).
 *
 * The page (groups/register.html) lists the session's people, each with five
 * big choices; "Everyone present" marks those not marked yet. Every change is
 * kept in IndexedDB first (OfflineStore, as the interview mode's drafts), then
 * sent as JSON with a client id and the revision it starts from; it leaves
 * IndexedDB only once the server said so. One save is in flight at a time and
 * is retried as the SAME save (same client id: the server stores it once);
 * changes made meanwhile wait behind it. Offline, it waits (and survives a
 * closed tab) until the network is back ("online" event, retries with backoff).
 * A save from an older revision is a conflict: the differences are shown and
 * the coach keeps hers or the server's (the table of differences:
 * register-conflict.js). Every text comes from #register-texts.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 1200;
  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 30000;
  var OfflineStore = window.OfflineStore;
  var newClientId = window.SurveyQuestions.newClientId;

  var toArray = window.SurveyQuestions.toArray;

  function jsonScript(id) {
    var element = document.getElementById(id);
    try {
      return element ? JSON.parse(element.textContent) : null;
    } catch (error) {
      return null;
    }
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  function Register(main, form) {
    this.main = main;
    this.form = form;
    this.session = main.dataset.session;
    this.revision = parseInt(main.dataset.revision, 10) || 0;
    this.texts = jsonScript("register-texts") || {};
    this.store = new OfflineStore("registers", ["saves"]);
    this.record = null; // {key, sending: {uuid, base, marks} | null, latest: marks | null}
    this.inFlight = false;
    this.timer = null;
    this.retryTimer = null;
    this.retryDelay = RETRY_MIN_MS;
    this.stateElement = document.getElementById("save-state");
    this.banner = document.getElementById("offline-banner");
    this.conflict = document.getElementById("conflict");
  }

  Register.prototype.text = function (key) {
    return this.texts[key] || key;
  };

  Register.prototype.rows = function () {
    return toArray(this.form.querySelectorAll("[data-participant]"));
  };

  Register.prototype.start = function () {
    var self = this;
    this.form.addEventListener("change", function (event) {
      if (event.target.matches("[data-certificate]")) {
        self.uploadCertificate(event.target);
        return;
      }
      self.showDetails(event.target.closest("[data-participant]"));
      self.changed();
    });
    this.form.addEventListener("input", function (event) {
      if (event.target.type === "text" || event.target.type === "number") {
        self.changed();
      }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.saveNow();
    });
    var everyone = this.form.querySelector("[data-everyone-present]");
    everyone.addEventListener("click", function () {
      self.everyonePresent();
    });
    window.addEventListener("online", function () {
      self.banner.hidden = true;
      self.retryNow();
    });
    window.addEventListener("offline", function () {
      self.banner.hidden = false;
    });
    this.banner.hidden = navigator.onLine !== false;
    toArray(this.conflict.querySelectorAll("[data-keep]")).forEach(function (button) {
      button.addEventListener("click", function () {
        self.settle(button.dataset.keep);
      });
    });
    this.rows().forEach(function (row) {
      self.showDetails(row);
    });
    OfflineStore.registerWorker(this.main);
    // A register left on this tablet (offline, or the tab was closed) goes on.
    this.store.get("saves", this.session).then(function (kept) {
      if (kept && (kept.sending || kept.latest)) {
        self.record = kept;
        self.apply(kept.latest || kept.sending.marks);
        self.sync();
      }
    });
  };

  // --- the marks on the page ------------------------------------------------------

  Register.prototype.marks = function () {
    var marks = {};
    this.rows().forEach(function (row) {
      var id = row.dataset.participant;
      var checked = row.querySelector('input[type="radio"]:checked');
      if (!checked) {
        return;
      }
      var missed = row.querySelector('input[name="missed-' + id + '"]');
      var note = row.querySelector('input[name="note-' + id + '"]');
      marks[id] = {
        status: checked.value,
        minutes_missed: parseInt(missed && missed.value, 10) || 0,
        note: note ? note.value.trim() : "",
      };
    });
    return marks;
  };

  Register.prototype.apply = function (marks) {
    var self = this;
    this.rows().forEach(function (row) {
      var id = row.dataset.participant;
      var mark = marks[id];
      toArray(row.querySelectorAll('input[type="radio"]')).forEach(function (input) {
        input.checked = Boolean(mark) && input.value === mark.status;
      });
      var missed = row.querySelector('input[name="missed-' + id + '"]');
      var note = row.querySelector('input[name="note-' + id + '"]');
      if (missed) {
        missed.value = mark && mark.minutes_missed ? mark.minutes_missed : "";
      }
      if (note) {
        note.value = mark ? mark.note || "" : "";
      }
      self.showDetails(row);
    });
  };

  Register.prototype.showDetails = function (row) {
    if (!row) {
      return;
    }
    var checked = row.querySelector('input[type="radio"]:checked');
    var status = checked ? checked.value : "";
    toArray(row.querySelectorAll("[data-when]")).forEach(function (part) {
      part.hidden = part.dataset.when.split(" ").indexOf(status) === -1;
    });
  };

  Register.prototype.everyonePresent = function () {
    var rows = this.rows();
    var unmarked = rows.filter(function (row) {
      return !row.querySelector('input[type="radio"]:checked');
    });
    (unmarked.length ? unmarked : rows).forEach(function (row) {
      row.querySelector('input[value="present"]').checked = true;
    });
    rows.forEach(this.showDetails.bind(this));
    this.saveNow();
  };

  // --- keeping and sending ----------------------------------------------------------

  Register.prototype.changed = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      self.saveNow();
    }, DEBOUNCE_MS);
  };

  /** Keep the page's marks on the tablet, then send what waits. */
  Register.prototype.saveNow = function () {
    clearTimeout(this.timer);
    this.timer = null;
    var record = this.record || { key: this.session, sending: null, latest: null };
    record.latest = this.marks();
    this.record = record;
    this.setState("saving", this.text("saving"));
    var self = this;
    return this.keep().then(function () {
      self.sync();
    });
  };

  Register.prototype.keep = function () {
    var self = this;
    return this.store.put("saves", this.record).catch(function () {
      self.memoryOnly = true; // no IndexedDB: kept in this tab only
    });
  };

  Register.prototype.sync = function () {
    var record = this.record;
    if (this.inFlight || !record) {
      return;
    }
    if (!record.sending && record.latest) {
      record.sending = { uuid: newClientId(), base: this.revision, marks: record.latest };
      record.latest = null;
    }
    if (!record.sending) {
      return;
    }
    var sending = record.sending;
    var self = this;
    this.inFlight = true;
    this.keep()
      .then(function () {
        return fetch(self.main.dataset.saveUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "X-CSRFToken": OfflineStore.cookie("csrftoken") || self.main.dataset.csrfToken,
          },
          body: JSON.stringify({
            client_uuid: sending.uuid,
            base_revision: sending.base,
            marks: sending.marks,
          }),
        });
      })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            self.inFlight = false;
            self.answered(sending, response.status, data);
          });
      })
      .catch(function () {
        self.inFlight = false;
        self.waitForNetwork();
      });
  };

  Register.prototype.answered = function (sending, status, data) {
    var record = this.record;
    if (status === 200 || status === 201) {
      this.retryDelay = RETRY_MIN_MS;
      this.revision = data.revision;
      this.main.dataset.revision = String(data.revision);
      record.sending = null;
      this.showHours(data.hours || {});
      this.clearErrors();
      if (record.latest) {
        this.sync();
        return;
      }
      this.record = null;
      this.store.remove("saves", this.session);
      this.setState("saved", this.text("saved"));
      return;
    }
    if (status >= 500 || status === 408 || status === 429) {
      this.waitForNetwork();
      return;
    }
    if (status === 403 && data.error === "login_required") {
      this.setState("not-saved", fill(this.text("not_saved"), { reason: this.text("login_required") }));
      this.scheduleRetry();
      return;
    }
    if (status === 409 && data.error === "conflict") {
      this.showConflict(data.server || { marks: {}, revision: this.revision }, data.message);
      return;
    }
    // Refused: nothing was stored. The marks stay on the page, to correct.
    var mine = record.latest || sending.marks;
    record.sending = null;
    record.latest = null;
    this.record = null;
    this.store.remove("saves", this.session);
    this.apply(mine);
    this.setState("not-saved", fill(this.text("not_saved"), { reason: data.message || this.text("server_error") }));
    this.showErrors(data.errors || {});
  };

  Register.prototype.waitForNetwork = function () {
    this.setState("waiting", this.text("saved_offline"));
    this.scheduleRetry();
  };

  Register.prototype.scheduleRetry = function () {
    var self = this;
    clearTimeout(this.retryTimer);
    var delay = this.retryDelay * (0.8 + Math.random() * 0.4);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(function () {
      self.sync();
    }, delay);
  };

  Register.prototype.retryNow = function () {
    clearTimeout(this.retryTimer);
    this.retryDelay = RETRY_MIN_MS;
    this.sync();
  };

  Register.prototype.setState = function (state, text) {
    this.main.dataset.state = state;
    this.stateElement.textContent = text;
  };

  // --- hours and errors ---------------------------------------------------------------

  Register.prototype.showHours = function (hours) {
    var self = this;
    this.rows().forEach(function (row) {
      var week = hours[row.dataset.participant];
      var element = row.querySelector("[data-hours]");
      if (!week || !element) {
        return;
      }
      element.textContent = week.target
        ? fill(self.text("hours"), { hours: week.hours, target: week.target })
        : fill(self.text("hours_no_target"), { hours: week.hours });
    });
  };

  Register.prototype.clearErrors = function () {
    this.rows().forEach(function (row) {
      var error = row.querySelector("[data-row-error]");
      error.hidden = true;
      error.textContent = "";
      row.classList.remove("has-error");
    });
  };

  Register.prototype.showErrors = function (errors) {
    this.clearErrors();
    var first = null;
    this.rows().forEach(function (row) {
      var message = errors[row.dataset.participant];
      if (!message) {
        return;
      }
      var error = row.querySelector("[data-row-error]");
      error.textContent = message;
      error.hidden = false;
      row.classList.add("has-error");
      first = first || row;
    });
    if (first) {
      first.querySelector("input").focus();
    }
  };

  // --- conflicts ------------------------------------------------------------------------

  Register.prototype.showConflict = function (server, message) {
    var record = this.record;
    var mine = record.latest || (record.sending && record.sending.marks) || this.marks();
    record.sending = null;
    record.latest = mine;
    this.server = server;
    this.keep();
    var list = this.conflict.querySelector("[data-conflict-list]");
    list.textContent = "";
    var table = window.RegisterConflict.table(this, mine, server.marks || {});
    list.appendChild(table);
    this.conflict.hidden = false;
    this.conflict.focus();
    this.setState("conflict", message || "");
  };

  Register.prototype.settle = function (which) {
    var server = this.server || { marks: {}, revision: this.revision };
    this.revision = server.revision;
    this.main.dataset.revision = String(server.revision);
    this.conflict.hidden = true;
    if (which === "theirs") {
      this.record = null;
      this.store.remove("saves", this.session);
      this.apply(server.marks || {});
      this.setState("saved", this.text("saved"));
      return;
    }
    this.apply(this.record.latest || {});
    this.sync();
  };

  // --- certificates -----------------------------------------------------------------------

  Register.prototype.uploadCertificate = function (input) {
    var row = input.closest("[data-participant]");
    var state = row.querySelector("[data-certificate-state]");
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    if (navigator.onLine === false) {
      state.textContent = this.text("certificate_needs_network");
      return;
    }
    if (this.record || this.inFlight) {
      state.textContent = this.text("certificate_save_first");
      return;
    }
    var url = this.main.dataset.certificateUrl.replace(/\/0\/$/, "/" + row.dataset.participant + "/");
    var data = new FormData();
    data.append("certificate", file);
    state.textContent = this.text("certificate_sending");
    var self = this;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "X-CSRFToken": OfflineStore.cookie("csrftoken") || this.main.dataset.csrfToken,
      },
      body: data,
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          state.textContent = response.ok ? self.text("certificate_kept") : answer.message;
          input.value = "";
        });
      })
      .catch(function () {
        state.textContent = self.text("certificate_needs_network");
      });
  };

  function start() {
    var main = document.getElementById("register");
    var form = document.getElementById("register-form");
    if (!main || !form) {
      return;
    }
    var register = new Register(main, form);
    window.attendanceRegister = register; // for the browser tests and debugging
    register.start();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
