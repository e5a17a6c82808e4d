/*
 * Interview mode, on a coach's tablet (issue #6).
 *
 * The page (surveys/interview/interview.html) holds the whole form, the draft
 * the server knows (#interview-draft), the conditions (#form-rules) and every
 * text shown here (#interview-texts): this file has no text of its own.
 *
 * - One section per screen, "Section x of n", Back / Next; the heading of the
 *   new section gets the focus. Conditions as on the public form (conditions.js).
 * - Autosave: ~2 s after a change and at every section change, the draft is
 *   written to IndexedDB first, then posted with a new client id and the
 *   revision it starts from; it leaves IndexedDB only once the server said so.
 *   Offline, it waits there (and survives a closed tab) until the network
 *   comes back ("online" event, and retries with backoff).
 * - Send: the form's data with one client id, kept in IndexedDB with the
 *   pending send, so every retry (a double tap, a lost answer, a reload) is
 *   the SAME send and the server stores it once.
 * - Conflicts (the draft saved meanwhile on another tablet): both versions,
 *   question by question, and the coach chooses.
 * - A service worker (/interviews/sw.js) keeps the page and its files; once it
 *   holds the page, #interview gets data-kept (the page then opens offline).
 *   The store and the worker's registration are offline-store.js's, shared
 *   with the attendance register.
 *
 * Reading the answers, lists and action plans: questions.js, as on form.js.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 2000;
  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 30000;
  var KEEPALIVE_LIMIT = 60000;
  var STEP_NAME = /^step-(\d+)-(status|note)$/;

  // --- small tools -------------------------------------------------------------

  var questions = window.SurveyQuestions;
  var toArray = questions.toArray;
  var addToken = questions.addToken;
  var removeToken = questions.removeToken;
  var isAnswerControl = questions.isAnswerControl;
  var newClientId = questions.newClientId;

  function jsonScript(id) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    try {
      return JSON.parse(element.textContent);
    } catch (error) {
      return null;
    }
  }

  var cookie = window.OfflineStore.cookie;

  /** "Section {current} of {total}" or "%(current)s" style placeholders. */
  function fill(template, values) {
    return String(template || "").replace(
      /\{(\w+)\}|%\((\w+)\)s/g,
      function (match, brace, percent) {
        var key = brace || percent;
        return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
      }
    );
  }

  function textOf(element) {
    if (!element) {
      return "";
    }
    var copy = element.cloneNode(true);
    toArray(copy.querySelectorAll(".required-mark, .visually-hidden, [aria-hidden=true]")).forEach(
      function (node) {
        node.remove();
      }
    );
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function asList(value) {
    if (value === null || value === undefined) {
      return [];
    }
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }

  /** What a datetime-local input takes from an ISO date and time. */
  function localDateTime(value) {
    var text = value ? String(value) : "";
    var match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(text);
    return match ? match[1] + "T" + match[2] : text;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  // --- IndexedDB: drafts and sends waiting for the server ------------------------
  // The store the attendance register uses too (static/js/offline-store.js).

  function Store() {
    return new window.OfflineStore("interviews", ["drafts", "sends"]);
  }

  // --- the interview -----------------------------------------------------------

  function Interview(main, form, conditions) {
    var data = main.dataset;
    this.main = main;
    this.form = form;
    this.conditions = conditions;
    this.texts = jsonScript("interview-texts") || {};
    this.rules = jsonScript("form-rules") || { order: [], fields: {}, steps: [null] };
    this.serverDraft = jsonScript("interview-draft");
    this.draftUrl = data.draftUrl;
    this.sendUrl = data.sendUrl;
    this.doneUrl = data.doneUrl;
    this.version = Number(data.version) || null;
    this.key = (data.formKey || data.sendUrl || location.pathname) + ":" + (data.participant || "");
    this.revision = this.serverDraft
      ? Number(this.serverDraft.revision) || 0
      : Number(data.revision) || 0;
    this.sections = toArray(form.querySelectorAll("section.interview-step, section[data-step]"));
    this.questions = toArray(form.querySelectorAll("[data-question]"));
    var ruled = {};
    (this.rules.order || []).forEach(function (entry) {
      ruled[entry[0]] = true;
    });
    // The form's questions follow the conditions; notes and the like always show.
    this.ruledQuestions = this.questions.filter(function (question) {
      return ruled[question.getAttribute("data-question")] === true;
    });
    this.current = this.sections[0] || null;
    this.back = document.querySelector("[data-back]");
    this.next = document.querySelector("[data-next]");
    this.sendButton = document.querySelector("[data-send]");
    this.progressBar = document.getElementById("interview-progress");
    this.progressText = document.getElementById("interview-progress-text");
    this.state = document.getElementById("save-state");
    this.conflictBox = document.getElementById("conflict");
    this.errorsBox = document.getElementById("errors");
    this.offlineBanner = document.getElementById("offline-banner");
    this.clientIdField = form.querySelector("input[name=client_uuid]");
    this.store = new Store();

    this.record = null; // the draft save waiting for the server
    this.sendRecord = null; // the send waiting for the server
    this.lastJson = ""; // the content last handed to the store
    this.timer = null;
    this.syncing = false;
    this.again = false;
    this.inConflict = false;
    this.sending = false;
    this.sendInFlight = false;
    this.retryDelay = RETRY_MIN_MS;
    this.retryTimer = null;
    this.stored = false; // the pending content is in IndexedDB
  }

  Interview.prototype.text = function () {
    for (var i = 0; i < arguments.length; i += 1) {
      var value = this.texts[arguments[i]];
      if (value) {
        return value;
      }
    }
    return "";
  };

  Interview.prototype.start = function () {
    var self = this;
    var form = this.form;
    var changed = function () {
      self.changed();
    };
    form.setAttribute("data-enhanced", "");
    questions.setUpLists(form, changed);
    this.sections.forEach(function (section) {
      var heading = self.headingOf(section);
      if (heading && !heading.hasAttribute("tabindex")) {
        heading.setAttribute("tabindex", "-1");
      }
    });

    var position = Number(this.main.dataset.position) || 0;
    if (this.serverDraft) {
      this.restore(this.serverDraft);
      position = Number(this.serverDraft.position) || 0;
    }
    this.apply();
    this.jump(this.sections[position] || this.sections[0]);
    this.lastJson = JSON.stringify(this.payload());
    this.watchHeader();

    form.addEventListener("input", function (event) {
      self.changedIn(event.target);
    });
    form.addEventListener("change", function (event) {
      self.changedIn(event.target);
    });
    if (this.next) {
      this.next.addEventListener("click", function () {
        self.goNext();
      });
    }
    if (this.back) {
      this.back.addEventListener("click", function () {
        self.goBack();
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    window.addEventListener("online", function () {
      self.banner(true);
      self.retryDelay = RETRY_MIN_MS;
      self.retryNow();
    });
    window.addEventListener("offline", function () {
      self.banner(false);
    });
    if (navigator.onLine === false) {
      this.banner(false);
    }
    toArray(document.querySelectorAll("[data-error-link]")).forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById((link.getAttribute("href") || "").slice(1));
        if (target) {
          event.preventDefault();
          self.show(self.sectionOf(target), false);
          target.focus();
        }
      });
    });
    if (this.errorsBox && !this.errorsBox.hidden) {
      var firstLink = this.errorsBox.querySelector("[data-error-link]");
      var target = firstLink && document.getElementById(firstLink.getAttribute("href").slice(1));
      if (target) {
        this.jump(this.sectionOf(target));
      }
      this.errorsBox.focus();
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        self.saveNow();
      }
    });
    window.addEventListener("pagehide", function () {
      self.saveNow();
    });

    this.resumeFromTablet().then(function () {
      self.main.setAttribute("data-ready", "");
    });
    this.registerWorker();
  };

  /** What IndexedDB kept from an earlier visit: a send, or a newer draft. */
  Interview.prototype.resumeFromTablet = function () {
    var self = this;
    return Promise.all([
      this.store.get("sends", this.key),
      this.store.get("drafts", this.key),
    ]).then(function (found) {
      var send = found[0];
      var record = found[1];
      if (record) {
        self.record = record;
        self.stored = true;
        var mine = record.next || record.payload;
        self.restore(mine);
        self.apply();
        self.jump(self.sections[Number(mine.position) || 0]);
        self.lastJson = JSON.stringify(self.payload());
      }
      if (send) {
        self.sendRecord = send;
        self.restoreEntries(send.entries);
        self.apply();
        self.jump(self.sections[self.sections.length - 1]);
        self.lock(true);
        self.sending = true;
        self.flushSend();
        return;
      }
      if (record) {
        self.stored = true;
        self.setState("offline", self.text("restored", "saved_offline"));
        self.sync();
      } else if (self.serverDraft) {
        self.setState("saved", self.text("saved"));
      }
    });
  };

  // --- sections ------------------------------------------------------------------

  Interview.prototype.headingOf = function (section) {
    var id = section.getAttribute("aria-labelledby");
    return (id && document.getElementById(id)) || section.querySelector("h1, h2, h3");
  };

  Interview.prototype.visibleSections = function () {
    return this.sections.filter(function (section) {
      return !section.hasAttribute("data-off");
    });
  };

  Interview.prototype.sectionOf = function (element) {
    return element.closest("section[data-step]");
  };

  Interview.prototype.render = function () {
    var visible = this.visibleSections();
    if (visible.indexOf(this.current) === -1) {
      var index = this.sections.indexOf(this.current);
      var before = this.sections.slice(0, index + 1).filter(function (section) {
        return visible.indexOf(section) !== -1;
      });
      this.current = before[before.length - 1] || visible[0];
    }
    var current = this.current;
    this.sections.forEach(function (section) {
      section.hidden = section !== current;
    });
    var position = visible.indexOf(current);
    var total = visible.length;
    if (this.progressBar) {
      this.progressBar.max = total;
      this.progressBar.value = position + 1;
    }
    if (this.progressText) {
      var template = this.text("progress");
      if (template) {
        this.progressText.textContent = fill(template, { current: position + 1, total: total });
      }
    }
    if (this.back) {
      this.back.hidden = position <= 0;
    }
    if (this.next) {
      this.next.hidden = position >= total - 1;
    }
    if (this.sendButton) {
      this.sendButton.hidden = position < total - 1;
    }
  };

  Interview.prototype.show = function (section, focus) {
    var before = this.current;
    if (section) {
      this.current = section;
    }
    this.render();
    if (focus) {
      var heading = this.headingOf(this.current);
      var target =
        heading && !heading.closest("[hidden]")
          ? heading
          : this.current.querySelector("input:not([type=hidden]), select, textarea");
      window.scrollTo(0, 0);
      if (target) {
        target.focus({ preventScroll: false });
      }
    }
    if (before !== this.current && this.lastJson) {
      this.saveNow(); // every section change is saved
    }
  };

  /** Go to a section without saving (when the content was just loaded). */
  Interview.prototype.jump = function (section) {
    if (section) {
      this.current = section;
    }
    this.render();
  };

  Interview.prototype.goNext = function () {
    var visible = this.visibleSections();
    var next = visible[visible.indexOf(this.current) + 1];
    if (next) {
      this.show(next, true);
    }
  };

  Interview.prototype.goBack = function () {
    var visible = this.visibleSections();
    var previous = visible[visible.indexOf(this.current) - 1];
    if (previous) {
      this.show(previous, true);
    }
  };

  /** The fixed header must not hide the focused field (WCAG 2.4.11). */
  Interview.prototype.watchHeader = function () {
    var header = document.querySelector("[data-interview-header], .interview-header");
    if (!header) {
      return;
    }
    var root = document.documentElement;
    var measure = function () {
      root.style.setProperty("--interview-header-height", header.offsetHeight + "px");
    };
    measure();
    window.addEventListener("resize", measure);
    if (window.ResizeObserver) {
      new ResizeObserver(measure).observe(header);
    }
  };

  // --- answers and conditions (as form.js reads them) ----------------------------

  Interview.prototype.controls = questions.controls;

  /** The answer as the server will read it (see conditions.js, questions.js). */
  Interview.prototype.answerOf = questions.answerOf;

  Interview.prototype.conditionAnswers = function () {
    var answers = {};
    this.ruledQuestions.forEach(function (question) {
      answers[question.getAttribute("data-question")] = this.answerOf(question);
    }, this);
    return answers;
  };

  /** Show what the conditions allow; hidden inputs are disabled (not sent). */
  Interview.prototype.apply = function () {
    if (!this.conditions) {
      this.render();
      return;
    }
    var shown = this.conditions.evaluate(this.rules, this.conditionAnswers());
    this.sections.forEach(function (section) {
      var step = section.getAttribute("data-step");
      if (!/^\d+$/.test(step || "")) {
        return; // the end section always shows
      }
      section.toggleAttribute("data-off", shown.steps.indexOf(Number(step)) === -1);
    });
    questions.showQuestions(this.ruledQuestions, shown.keys);
    this.render();
  };

  // --- the draft's content ---------------------------------------------------------

  /** The draft as the server takes it: answers by field name, notes, steps... */
  Interview.prototype.payload = function () {
    var values = {};
    var listNames = {};
    var counts = {};
    var notes = "";
    var nextAppointment = "";
    var steps = {};
    toArray(this.form.elements).forEach(function (element) {
      if (!isAnswerControl(element) || element.disabled) {
        return;
      }
      var name = element.name;
      var step = STEP_NAME.exec(name);
      if (name === "notes") {
        notes = element.value;
        return;
      }
      if (name === "next_appointment") {
        nextAppointment = element.value;
        return;
      }
      if (step) {
        var entry = steps[step[1]] || (steps[step[1]] = { status: "", note: "" });
        if (element.type !== "radio" || element.checked) {
          entry[step[2]] = element.value;
        }
        return;
      }
      var list = values[name] || (values[name] = []);
      if (element.type === "checkbox" || (element.tagName === "SELECT" && element.multiple)) {
        listNames[name] = true;
      }
      if (element.type !== "radio") {
        counts[name] = (counts[name] || 0) + 1;
      }
      list.push.apply(list, questions.valuesOf(element));
    });
    var answers = {};
    Object.keys(values).forEach(function (name) {
      var list = values[name];
      if (listNames[name] || (counts[name] || 0) > 1) {
        answers[name] = list;
      } else if (list.length) {
        answers[name] = list[0];
      }
    });
    return {
      version: this.version,
      position: Math.max(0, this.sections.indexOf(this.current)),
      answers: answers,
      notes: notes,
      next_appointment: nextAppointment || null,
      steps: steps,
    };
  };

  /** Put a draft (the server's, the tablet's, the other tablet's) in the form. */
  Interview.prototype.restore = function (draft) {
    var own = Object.prototype.hasOwnProperty;
    var answers = (draft && draft.answers) || {};
    var fields = {};
    Object.keys(answers).forEach(function (name) {
      fields[name] = asList(answers[name]);
    });
    fields.notes = [draft && draft.notes ? String(draft.notes) : ""];
    fields.next_appointment = [localDateTime(draft && draft.next_appointment)];
    var steps = (draft && draft.steps) || {};
    Object.keys(steps).forEach(function (id) {
      fields["step-" + id + "-status"] = asList(steps[id].status);
      fields["step-" + id + "-note"] = asList(steps[id].note || "");
    });

    questions.growLists(this.form, fields);
    var seen = {};
    toArray(this.form.elements).forEach(function (element) {
      if (!isAnswerControl(element)) {
        return;
      }
      var name = element.name;
      var isStep = STEP_NAME.test(name);
      if (!own.call(fields, name)) {
        if (isStep) {
          return; // a step of the plan the draft did not touch keeps its state
        }
      }
      questions.setValues(element, own.call(fields, name) ? fields[name] : [], seen);
    });
  };

  /** Put a pending send's entries back in the form (after a reload). */
  Interview.prototype.restoreEntries = function (entries) {
    var answers = {};
    var draft = { answers: answers, notes: "", next_appointment: "", steps: {} };
    (entries || []).forEach(function (entry) {
      var name = entry[0];
      var value = entry[1];
      var step = STEP_NAME.exec(name);
      if (name === "notes" || name === "next_appointment") {
        draft[name] = value;
      } else if (step) {
        var found = draft.steps[step[1]] || (draft.steps[step[1]] = {});
        found[step[2]] = value;
      } else {
        (answers[name] || (answers[name] = [])).push(value);
      }
    });
    this.restore(draft);
  };

  // --- autosave ----------------------------------------------------------------------

  Interview.prototype.changedIn = function (target) {
    var question = target.closest && target.closest("[data-question]");
    this.apply();
    if (question && question.classList.contains("has-error") && !this.problemOf(question)) {
      this.clearError(question);
    }
    this.changed();
  };

  Interview.prototype.changed = function () {
    var self = this;
    if (this.sending) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      self.saveNow();
    }, DEBOUNCE_MS);
  };

  /** Hand the current content to IndexedDB, then to the server. */
  Interview.prototype.saveNow = function () {
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
      record = {
        key: this.key,
        uuid: newClientId(),
        base: record ? record.base : this.revision,
        payload: payload,
        attempted: false,
        next: null,
      };
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
  };

  Interview.prototype.keep = function (record) {
    var self = this;
    return this.store.put("drafts", record).then(
      function () {
        self.stored = self.record === record;
      },
      function () {
        self.stored = false;
      }
    );
  };

  Interview.prototype.csrfToken = function () {
    var field = this.form.querySelector("input[name=csrfmiddlewaretoken]");
    return cookie("csrftoken") || this.main.dataset.csrfToken || (field ? field.value : "");
  };

  Interview.prototype.waitForNetwork = function (state, text) {
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
  };

  Interview.prototype.retryNow = function () {
    clearTimeout(this.retryTimer);
    if (this.sendRecord) {
      this.flushSend();
    } else {
      this.sync();
    }
  };

  Interview.prototype.offlineState = function (reason) {
    if (this.stored) {
      this.waitForNetwork("offline", this.text("saved_offline"));
    } else {
      this.waitForNetwork("not-saved", this.notSaved(this.text(reason || "network_error")));
    }
  };

  /** Post the pending draft save; one at a time, in order. */
  Interview.prototype.sync = function () {
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
  };

  Interview.prototype.draftAnswered = function (record, status, data) {
    var self = this;
    if (status === 200 || status === 201) {
      this.retryDelay = RETRY_MIN_MS;
      this.revision = Number(data.revision) || this.revision;
      this.main.dataset.revision = String(this.revision);
      if (record.next) {
        this.record = {
          key: this.key,
          uuid: newClientId(),
          base: this.revision,
          payload: record.next,
          attempted: false,
          next: null,
          changedAt: Date.now(),
        };
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
    } else if (status === 409 && data.error === "conflict" && data.server) {
      this.retryDelay = RETRY_MIN_MS;
      this.showConflict(data.server, data.message);
      return;
    } else if (status === 409) {
      // This client id went with other content: same content, new id.
      record.uuid = newClientId();
      record.attempted = false;
      this.keep(record).then(function () {
        self.sync();
      });
      return;
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
      return;
    } else if (status >= 500 || status === 0 || status === 429 || status === 408) {
      this.offlineState("server_error");
      return;
    } else if (data.error === "login_required") {
      // Kept on the tablet; saved again once she logged in (retried with backoff).
      this.setState("not-saved", this.text("login_required") || this.notSaved(data.message));
      this.waitForNetwork("not-saved");
      return;
    } else {
      // Refused (too large, form changed, not allowed): kept on the tablet,
      // tried again with the next change.
      record.attempted = false;
      this.keep(record);
      var reason = data.error === "too_large" ? this.text("too_large") : "";
      this.setState("not-saved", reason || this.notSaved(data.message));
      return;
    }
    if (this.again) {
      this.sync();
    }
  };

  /** "Not saved: <reason>" (or "Not sent: <reason>"). */
  Interview.prototype.notSaved = function (reason, key) {
    var template = this.text(key || "not_saved");
    if (/\{reason\}|%\(reason\)s/.test(template)) {
      return fill(template, { reason: reason || "" });
    }
    return reason ? template + " " + reason : template;
  };

  /** "Saved" or "Saved at 14:32". */
  Interview.prototype.savedText = function (when) {
    var template = this.text("saved_at");
    var moment = when ? new Date(when) : null;
    if (!template || !moment || isNaN(moment.getTime())) {
      return this.text("saved");
    }
    var time;
    try {
      time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        hour: "2-digit",
        minute: "2-digit",
      }).format(moment);
    } catch (error) {
      time = moment.toLocaleTimeString();
    }
    return fill(template, { time: time });
  };

  /** "No network. You can go on..." while offline. */
  Interview.prototype.banner = function (online) {
    if (this.offlineBanner) {
      this.offlineBanner.hidden = online;
    }
  };

  Interview.prototype.setState = function (state, text) {
    if (!this.state) {
      return;
    }
    this.state.setAttribute("data-state", state);
    this.main.setAttribute("data-save-state", state);
    if (text !== undefined && this.state.textContent !== text) {
      this.state.textContent = text;
    }
  };

  // --- conflicts -------------------------------------------------------------------

  /** Every answer of a draft by field name (lists for comparison and display). */
  Interview.prototype.flatten = function (draft) {
    var flat = {};
    var answers = (draft && draft.answers) || {};
    Object.keys(answers).forEach(function (name) {
      flat[name] = asList(answers[name]).filter(function (value) {
        return value !== "";
      });
    });
    flat.notes = draft && draft.notes ? [String(draft.notes)] : [];
    flat.next_appointment =
      draft && draft.next_appointment ? [localDateTime(draft.next_appointment)] : [];
    var steps = (draft && draft.steps) || {};
    Object.keys(steps).forEach(function (id) {
      ["status", "note"].forEach(function (part) {
        var value = steps[id] && steps[id][part];
        flat["step-" + id + "-" + part] = value ? [String(value)] : [];
      });
    });
    return flat;
  };

  Interview.prototype.differences = function (mine, theirs) {
    var a = this.flatten(mine);
    var b = this.flatten(theirs);
    var names = [];
    toArray(this.form.elements).forEach(function (element) {
      if (element.name && names.indexOf(element.name) === -1) {
        names.push(element.name);
      }
    });
    Object.keys(a)
      .concat(Object.keys(b))
      .forEach(function (name) {
        if (names.indexOf(name) === -1) {
          names.push(name);
        }
      });
    return names.filter(function (name) {
      var x = (a[name] || []).slice().sort();
      var y = (b[name] || []).slice().sort();
      return (a[name] || b[name]) && !same(x, y);
    });
  };

  /** "Question — statement" for a field name, as the coach reads it on the page. */
  Interview.prototype.labelOf = function (name) {
    var control = toArray(this.form.elements).filter(function (element) {
      return element.name === name;
    })[0];
    if (!control) {
      return name;
    }
    var parts = [];
    var review = control.closest("[data-action-step]");
    if (review) {
      // A step of the action plan under review: "Action plan step — goal · step".
      parts.push(this.text("step_review"));
      parts.push(textOf(review.querySelector("legend")));
      if (control.tagName === "TEXTAREA" && control.id) {
        parts.push(textOf(this.form.querySelector('label[for="' + control.id + '"]')));
      }
    } else {
      var question = control.closest("[data-question]");
      if (question) {
        parts.push(textOf(question.querySelector(".question-label")));
      }
      var row = control.closest("[data-matrix-row], [data-plan-row]");
      if (row) {
        parts.push(textOf(row.querySelector("legend")));
      }
      if (control.type !== "radio" && control.type !== "checkbox" && control.id) {
        parts.push(textOf(this.form.querySelector('label[for="' + control.id + '"]')));
      }
    }
    return (
      parts
        .filter(function (part, index, all) {
          return part && all.indexOf(part) === index;
        })
        .join(" — ") || name
    );
  };

  /** A value as the page shows it (the text of a choice, not its code). */
  Interview.prototype.displayOf = function (name, values) {
    var form = this.form;
    var controls = toArray(form.elements).filter(function (element) {
      return element.name === name;
    });
    var shown = (values || []).map(function (value) {
      for (var i = 0; i < controls.length; i += 1) {
        var control = controls[i];
        if ((control.type === "radio" || control.type === "checkbox") && control.value === value) {
          var label =
            control.closest("label") ||
            (control.id && form.querySelector('label[for="' + control.id + '"]'));
          var text = label ? textOf(label.querySelector(".scale-text") || label) : "";
          return text || value;
        }
        if (control.tagName === "SELECT") {
          var option = toArray(control.options).filter(function (o) {
            return o.value === value;
          })[0];
          if (option) {
            return option.textContent.trim();
          }
        }
        if (control.type === "datetime-local" || control.type === "date") {
          var moment = new Date(value);
          if (!isNaN(moment.getTime())) {
            try {
              return new Intl.DateTimeFormat(
                document.documentElement.lang || undefined,
                control.type === "date"
                  ? { dateStyle: "long" }
                  : { dateStyle: "long", timeStyle: "short" }
              ).format(moment);
            } catch (error) {
              return value;
            }
          }
        }
      }
      return value;
    });
    return shown.length ? shown.join(", ") : this.text("no_answer") || "—";
  };

  /** The title of the section at a position, for "Open section". */
  Interview.prototype.sectionTitle = function (position) {
    var section = this.sections[Number(position) || 0];
    return section ? textOf(this.headingOf(section)) : String(position);
  };

  Interview.prototype.formatMoment = function (iso) {
    var moment = iso ? new Date(iso) : null;
    if (!moment || isNaN(moment.getTime())) {
      return "";
    }
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        dateStyle: "short",
        timeStyle: "short",
      }).format(moment);
    } catch (error) {
      return moment.toLocaleString();
    }
  };

  /** A text with {name} filled by an isolated (<bdi>) person's name. */
  Interview.prototype.withName = function (element, template, name, time) {
    var parts = fill(template, { name: "\u0000", time: time }).split("\u0000");
    element.appendChild(document.createTextNode(parts[0]));
    if (parts.length > 1) {
      var bdi = document.createElement("bdi");
      bdi.textContent = name;
      element.appendChild(bdi);
      element.appendChild(document.createTextNode(parts.slice(1).join("")));
    }
  };

  /** Both versions, question by question; the coach keeps hers or the other one. */
  Interview.prototype.showConflict = function (server, message) {
    var self = this;
    var mine = this.payload(); // what the coach sees is hers, even typed since
    var names = this.differences(mine, server);
    if (!names.length) {
      // Same answers on both tablets: nothing to choose, save on top of theirs.
      this.keepMine(server);
      return;
    }
    var box = this.conflictBox;
    if (!box) {
      this.keepMine(server); // no room to ask: never lose the coach's answers
      return;
    }
    this.inConflict = true;
    this.conflictServer = server;
    // Kept on the tablet until she chose: a reload asks again, nothing is lost.
    this.record = {
      key: this.key,
      uuid: newClientId(),
      base: this.record ? this.record.base : this.revision,
      payload: mine,
      attempted: false,
      next: null,
      changedAt: Date.now(),
    };
    this.lastJson = JSON.stringify(mine);
    this.keep(this.record);

    var list = box.querySelector("[data-conflict-list]") || box;
    list.textContent = "";
    var note = this.text("differences_only");
    if (note) {
      var p = document.createElement("p");
      p.className = "help";
      p.textContent = note;
      list.appendChild(p);
    }
    var wrap = document.createElement("div");
    wrap.className = "conflict-table";
    var table = document.createElement("table");
    var head = table.createTHead().insertRow();
    var theirsHead = document.createElement("th");
    [this.text("question"), this.text("mine"), null].forEach(function (label) {
      var th = label === null ? theirsHead : document.createElement("th");
      th.scope = "col";
      if (label !== null) {
        th.textContent = label;
      }
      head.appendChild(th);
    });
    if (server.updated_by && this.text("theirs")) {
      this.withName(
        theirsHead,
        this.text("theirs"),
        server.updated_by,
        this.formatMoment(server.updated_at)
      );
    } else {
      theirsHead.textContent = this.text("theirs_unknown", "keep_theirs");
    }
    var body = table.createTBody();
    var a = this.flatten(mine);
    var b = this.flatten(server);
    var rows = 0;
    // Each answer is a choice: the whole cell is the radio button's label, so the
    // coach taps the version to keep, question by question (hers by default).
    var choice = function (row, name, which, text, headerId) {
      var cell = row.insertCell();
      cell.setAttribute(which === "mine" ? "data-mine" : "data-theirs", "");
      var label = document.createElement("label");
      label.className = "conflict-choice";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "conflict-choice-" + rows;
      input.value = which;
      input.checked = which === "mine";
      input.setAttribute("data-conflict-choice", name);
      input.setAttribute("aria-describedby", headerId);
      var span = document.createElement("span");
      span.textContent = text;
      label.appendChild(input);
      label.appendChild(span);
      cell.appendChild(label);
    };
    var addRow = function (name, label, valueMine, valueTheirs) {
      rows += 1;
      var row = body.insertRow();
      row.setAttribute("data-conflict-field", name);
      var th = document.createElement("th");
      th.scope = "row";
      th.id = "conflict-question-" + rows;
      th.textContent = label;
      row.appendChild(th);
      choice(row, name, "mine", valueMine, th.id);
      choice(row, name, "theirs", valueTheirs, th.id);
    };
    names.forEach(function (name) {
      addRow(
        name,
        self.labelOf(name),
        self.displayOf(name, a[name]),
        self.displayOf(name, b[name])
      );
    });
    if (Number(mine.position) !== Number(server.position) && this.text("section_position")) {
      addRow(
        "position",
        this.text("section_position"),
        this.sectionTitle(mine.position),
        this.sectionTitle(server.position)
      );
    }
    wrap.appendChild(table);
    list.appendChild(wrap);

    this.bindConflictButtons();
    box.hidden = false;
    this.lock(true);
    this.setState("conflict", this.text("conflict_title"));
    if (!box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "-1");
    }
    window.scrollTo(0, 0);
    box.focus();
  };

  Interview.prototype.bindConflictButtons = function () {
    var self = this;
    var box = this.conflictBox;
    if (box.hasAttribute("data-bound")) {
      return;
    }
    box.setAttribute("data-bound", "");
    var mine = box.querySelector('[data-keep="mine"]');
    var theirs = box.querySelector('[data-keep="theirs"]');
    var chosen = box.querySelector('[data-keep="chosen"]');
    if (chosen) {
      chosen.addEventListener("click", function () {
        if (self.conflictServer) {
          self.keepChosen(self.conflictServer);
        }
      });
    }
    if (mine) {
      mine.addEventListener("click", function () {
        if (self.conflictServer) {
          self.keepMine(self.conflictServer);
        }
      });
    }
    if (theirs) {
      theirs.addEventListener("click", function () {
        if (self.conflictServer) {
          self.keepTheirs(self.conflictServer);
        }
      });
    }
  };

  Interview.prototype.closeConflict = function () {
    this.inConflict = false;
    this.conflictServer = null;
    if (this.conflictBox) {
      this.conflictBox.hidden = true;
      var list = this.conflictBox.querySelector("[data-conflict-list]");
      if (list) {
        list.textContent = "";
      }
    }
    this.lock(false);
  };

  /** Save the coach's version on top of the other one (which she has seen). */
  Interview.prototype.keepMine = function (server) {
    var self = this;
    this.revision = Number(server.revision) || this.revision;
    this.main.dataset.revision = String(this.revision);
    var payload = this.payload();
    this.record = {
      key: this.key,
      uuid: newClientId(),
      base: this.revision,
      payload: payload,
      attempted: false,
      next: null,
      changedAt: Date.now(),
    };
    this.lastJson = JSON.stringify(payload);
    this.closeConflict();
    this.focusCurrent();
    this.setState("saving", this.text("saving"));
    return this.keep(this.record).then(function () {
      self.sync();
    });
  };

  /**
   * Question by question, the version the coach ticked in the conflict table
   * (hers where she ticked nothing), saved on top of the other one.
   */
  Interview.prototype.keepChosen = function (server) {
    var theirs = {};
    toArray(this.conflictBox.querySelectorAll("input[data-conflict-choice]")).forEach(
      function (input) {
        if (input.checked && input.value === "theirs") {
          theirs[input.getAttribute("data-conflict-choice")] = true;
        }
      }
    );
    if (!Object.keys(theirs).length) {
      return this.keepMine(server);
    }
    var mine = this.payload();
    var a = this.flatten(mine);
    var b = this.flatten(server);
    var entries = [];
    Object.keys(a)
      .concat(Object.keys(b))
      .forEach(function (name, index, names) {
        if (names.indexOf(name) !== index || name === "position") {
          return;
        }
        var values = (theirs[name] ? b[name] : a[name]) || [];
        if (!values.length) {
          entries.push([name, ""]); // chosen empty: cleared, not left as it was
        }
        values.forEach(function (value) {
          entries.push([name, value]);
        });
      });
    this.restoreEntries(entries);
    this.apply();
    var position = theirs.position ? server.position : mine.position;
    this.jump(this.sections[Number(position) || 0]);
    return this.keepMine(server);
  };

  /** Take the other tablet's version; the coach's own is dropped by her choice. */
  Interview.prototype.keepTheirs = function (server) {
    this.revision = Number(server.revision) || this.revision;
    this.main.dataset.revision = String(this.revision);
    this.record = null;
    this.stored = false;
    this.store.remove("drafts", this.key);
    this.closeConflict();
    this.restore(server);
    this.apply();
    this.jump(this.sections[Number(server.position) || 0]);
    this.lastJson = JSON.stringify(this.payload());
    this.focusCurrent();
    this.setState("saved", this.text("saved"));
  };

  Interview.prototype.focusCurrent = function () {
    var heading = this.current && this.headingOf(this.current);
    if (heading) {
      heading.focus();
    }
  };

  /** While a send waits or a conflict is open, the answers cannot change. */
  Interview.prototype.lock = function (locked) {
    this.sections.forEach(function (section) {
      section.inert = locked;
    });
    [this.back, this.next].forEach(function (button) {
      if (button) {
        button.disabled = locked;
      }
    });
    if (this.sendButton) {
      this.sendButton.disabled = locked;
    }
    if (locked) {
      this.form.setAttribute("aria-busy", "true");
    } else {
      this.form.removeAttribute("aria-busy");
    }
  };

  // --- checks before sending ----------------------------------------------------------

  /** What is wrong with the answer to a shown question, or "" (mirrors the server). */
  Interview.prototype.problemOf = function (question) {
    var problem = questions.problemOf(question, this.conditions);
    return problem ? this.text(problem.replace("-", "_"), "required") : "";
  };

  /** The error box of a field outside the form's questions (a plan step under review). */
  Interview.prototype.loneErrorBox = function (control) {
    return (
      document.getElementById(control.name + "_error") ||
      (control.id && document.getElementById(control.id + "_error")) ||
      null
    );
  };

  Interview.prototype.errorBoxOf = function (question, control) {
    var box =
      (question && question.querySelector("[data-field-error]")) || this.loneErrorBox(control);
    if (box) {
      return box;
    }
    var anchor = control.closest("fieldset") || control;
    box = document.createElement("div");
    box.id = (control.id || control.name) + "_error";
    box.className = "field-error";
    box.setAttribute("data-field-error", "");
    anchor.parentNode.insertBefore(box, anchor.nextSibling);
    return box;
  };

  Interview.prototype.describedElements = function (question, controls) {
    var group = question && question.querySelector(".question-group");
    if (group) {
      return [group];
    }
    return controls.filter(function (c) {
      return c.type !== "hidden";
    });
  };

  /** Show an error next to a question (or next to a lone field, such as a plan step). */
  Interview.prototype.showError = function (question, message, controls) {
    controls = controls || this.controls(question);
    if (!controls.length) {
      return null;
    }
    var box = this.errorBoxOf(question, controls[0]);
    var line = document.createElement("p");
    var prefix = document.createElement("span");
    prefix.className = "visually-hidden";
    prefix.textContent = this.text("error_prefix", "error") + " ";
    line.appendChild(prefix);
    line.appendChild(document.createTextNode(message));
    box.textContent = "";
    box.appendChild(line);
    box.hidden = false;
    if (question) {
      question.classList.add("has-error");
    }
    this.describedElements(question, controls).forEach(function (element) {
      addToken(element, "aria-describedby", box.id);
    });
    controls.forEach(function (c) {
      if (c.type !== "hidden") {
        c.setAttribute("aria-invalid", "true");
      }
    });
    return box;
  };

  Interview.prototype.clearError = function (question, controls) {
    controls = controls || this.controls(question);
    if (!controls.length) {
      return;
    }
    var box = question
      ? question.querySelector("[data-field-error]")
      : this.loneErrorBox(controls[0]);
    if (!box) {
      return;
    }
    box.textContent = "";
    box.hidden = true;
    if (question) {
      question.classList.remove("has-error");
    }
    this.describedElements(question, controls).forEach(function (element) {
      removeToken(element, "aria-describedby", box.id);
    });
    controls.forEach(function (c) {
      c.removeAttribute("aria-invalid");
    });
  };

  Interview.prototype.clearAllErrors = function () {
    this.questions.forEach(function (question) {
      this.clearError(question);
    }, this);
    toArray(this.form.querySelectorAll("[aria-invalid]")).forEach(function (control) {
      control.removeAttribute("aria-invalid");
    });
    toArray(this.form.querySelectorAll(".field-error[data-field-error]")).forEach(function (box) {
      if (!box.closest("[data-question]")) {
        box.hidden = true;
        box.textContent = "";
      }
    });
    if (this.errorsBox) {
      this.errorsBox.hidden = true;
      var list = this.errorsBox.querySelector("[data-error-list]");
      if (list) {
        list.textContent = "";
      }
    }
  };

  /** The list of problems at the top (#errors), focused, each a link to its field. */
  Interview.prototype.showSummary = function (items, message) {
    var self = this;
    var box = this.errorsBox;
    if (!box) {
      return;
    }
    var title = box.querySelector("h2");
    if (!title) {
      title = document.createElement("h2");
      title.id = "errors-title";
      box.insertBefore(title, box.firstChild);
      box.setAttribute("aria-labelledby", title.id);
    }
    if (!title.textContent.trim()) {
      title.textContent = this.text("errors_title") || message || "";
    }
    var list = box.querySelector("[data-error-list]");
    if (!list) {
      list = document.createElement("ul");
      list.setAttribute("data-error-list", "");
      box.appendChild(list);
    }
    list.textContent = "";
    if (message && message !== title.textContent) {
      items = [{ control: null, label: "", message: message }].concat(items);
    }
    items.forEach(function (item) {
      var li = document.createElement("li");
      if (item.control) {
        var link = document.createElement("a");
        link.href = "#" + (item.control.id || "");
        link.textContent = item.label ? item.label + ": " + item.message : item.message;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var section = self.sectionOf(item.control);
          if (section) {
            self.show(section, false);
          }
          item.control.focus();
        });
        li.appendChild(link);
      } else {
        li.textContent = item.message;
      }
      list.appendChild(li);
    });
    box.hidden = false;
    if (!box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "-1");
    }
    window.scrollTo(0, 0);
    box.focus();
  };

  Interview.prototype.checkAll = function () {
    var items = [];
    this.visibleSections().forEach(function (section) {
      this.questions.forEach(function (question) {
        if (this.sectionOf(question) !== section || question.hidden) {
          return;
        }
        var problem = this.problemOf(question);
        if (problem) {
          this.showError(question, problem);
          var control = this.controls(question).filter(function (c) {
            return c.type !== "hidden" && !c.disabled;
          })[0];
          items.push({
            control: control,
            label: textOf(question.querySelector(".question-label")),
            message: problem,
          });
        } else {
          this.clearError(question);
        }
      }, this);
    }, this);
    return items;
  };

  /** The server's 400: each message next to its field, and the list at the top. */
  Interview.prototype.showServerErrors = function (errors, message) {
    var self = this;
    var items = [];
    var first = null;
    Object.keys(errors || {}).forEach(function (name) {
      var messages = asList(errors[name]).join(" ");
      var controls = toArray(self.form.elements).filter(function (element) {
        return element.name === name && isAnswerControl(element);
      });
      var question = self.form.querySelector('[data-question="' + name + '"]');
      if (!controls.length && question) {
        controls = self.controls(question);
      }
      if (!controls.length) {
        items.push({ control: null, label: "", message: messages });
        return;
      }
      question = question || controls[0].closest("[data-question]");
      self.showError(question, messages, question ? null : controls);
      var section = self.sectionOf(controls[0]);
      if (!first || self.sections.indexOf(section) < self.sections.indexOf(first)) {
        first = section;
      }
      items.push({
        control: controls.filter(function (c) {
          return c.type !== "hidden";
        })[0] || controls[0],
        label: question ? textOf(question.querySelector(".question-label")) : self.labelOf(name),
        message: messages,
      });
    });
    if (first) {
      this.show(first, false);
    }
    this.showSummary(items, message);
  };

  // --- sending ----------------------------------------------------------------------

  Interview.prototype.submit = function () {
    var self = this;
    if (this.sending || this.inConflict) {
      return; // a second tap is the same send
    }
    var visible = this.visibleSections();
    if (visible.indexOf(this.current) < visible.length - 1) {
      this.goNext(); // Enter in an early section means Next
      return;
    }
    this.apply();
    this.clearAllErrors();
    var problems = this.checkAll();
    if (problems.length) {
      var firstSection = this.sectionOf(problems[0].control || this.current);
      this.show(firstSection, false);
      this.showSummary(problems, "");
      return;
    }
    this.sending = true;
    clearTimeout(this.timer);
    var uuid = newClientId();
    if (this.clientIdField) {
      this.clientIdField.value = uuid;
    }
    var entries = [];
    new FormData(this.form).forEach(function (value, name) {
      if (typeof value === "string") {
        entries.push([name, value]);
      }
    });
    if (!entries.some(function (entry) { return entry[0] === "client_uuid"; })) {
      entries.push(["client_uuid", uuid]);
    }
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
  };

  /**
   * POST to the interview's API: {status, data} once the server answered (data
   * is {} when the answer is not JSON); rejected only when nothing came back.
   * A small JSON body is sent with keepalive, so a save survives the page closing.
   */
  Interview.prototype.post = function (url, body, headers) {
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
  };

  Interview.prototype.flushSend = function () {
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
  };

  Interview.prototype.sendAnswered = function (record, status, data) {
    var self = this;
    if (status === 200 || status === 201 || status === 410) {
      this.retryDelay = RETRY_MIN_MS;
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
  };

  // --- the service worker -------------------------------------------------------------

  Interview.prototype.registerWorker = function () {
    window.OfflineStore.registerWorker(this.main, this.main.dataset.swUrl);
  };

  // --- start ----------------------------------------------------------------------------

  function start() {
    var main = document.getElementById("interview");
    var form = document.getElementById("interview-form");
    if (!main || !form) {
      return;
    }
    var interview = new Interview(main, form, window.SurveyConditions || null);
    window.surveyInterview = interview; // for the browser tests and debugging
    interview.start();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
