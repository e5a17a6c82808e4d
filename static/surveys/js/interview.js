/*
 * Interview mode, on a coach's tablet (issue #6).
 *
 * The page (surveys/interview/interview.html) holds the whole form, the draft
 * the server knows (#interview-draft), the conditions (#form-rules) and every
 * text shown here (#interview-texts): these scripts have no text of their own.
 *
 * - One section per screen, "Section x of n", Back / Next (steps.js); the
 *   heading of the new section gets the focus. Conditions as on the public
 *   form (conditions.js).
 * - Autosave: ~2 s after a change and at every section change, the draft is
 *   written to IndexedDB first, then posted with a new client id and the
 *   revision it starts from (interview/autosave.js, interview/store.js).
 * - Send: one client id, kept in IndexedDB with the pending send, so every
 *   retry is the SAME send and the server stores it once (interview/send.js).
 * - Conflicts (the draft saved meanwhile on another tablet): both versions,
 *   question by question, and the coach chooses (interview/conflict.js).
 * - A service worker (/interviews/sw.js) keeps the page and its files; once it
 *   holds the page, #interview gets data-kept (interview/worker.js). The
 *   store and the worker's registration are static/js/offline-store.js's,
 *   shared with the attendance register.
 *
 * This file makes the interview out of its parts (window.InterviewParts, the
 * scripts of interview/, each a set of methods of one concern) and starts it;
 * it is loaded after them. Reading the answers, lists and action plans:
 * questions.js, as on form.js.
 */
(function () {
  "use strict";

  var questions = window.SurveyQuestions;
  var parts = window.InterviewParts;
  var toArray = questions.toArray;
  var jsonScript = parts.tools.jsonScript;

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
    this.questions = toArray(form.querySelectorAll("[data-question]"));
    var ruled = {};
    (this.rules.order || []).forEach(function (entry) {
      ruled[entry[0]] = true;
    });
    // The form's questions follow the conditions; notes and the like always show.
    this.ruledQuestions = this.questions.filter(function (question) {
      return ruled[question.getAttribute("data-question")] === true;
    });
    this.steps = this.stepsOf(form);
    this.state = document.getElementById("save-state");
    this.conflictBox = document.getElementById("conflict");
    this.errorsBox = document.getElementById("errors");
    this.offlineBanner = document.getElementById("offline-banner");
    this.clientIdField = form.querySelector("input[name=client_uuid]");
    this.store = new parts.Store();

    this.record = null; // the draft save waiting for the server
    this.sendRecord = null; // the send waiting for the server
    this.lastJson = ""; // the content last handed to the store
    this.timer = null;
    this.syncing = false;
    this.again = false;
    this.inConflict = false;
    this.sending = false;
    this.sendInFlight = false;
    this.resetRetry();
    this.retryTimer = null;
    this.stored = false; // the pending content is in IndexedDB
  }

  Interview.prototype.start = function () {
    var self = this;
    var steps = this.steps;
    this.form.setAttribute("data-enhanced", "");
    questions.setUpLists(this.form, function () {
      self.changed();
    });
    steps.all.forEach(function (section) {
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
    steps.jump(steps.all[position] || steps.all[0]);
    this.lastJson = JSON.stringify(this.payload());
    this.watchHeader();
    this.listen();
    if (this.errorsBox && !this.errorsBox.hidden) {
      // The server refused the page's own send (no JavaScript then): its list.
      var firstLink = this.errorsBox.querySelector("[data-error-link]");
      var target = firstLink && document.getElementById(firstLink.getAttribute("href").slice(1));
      if (target) {
        steps.jump(steps.stepOf(target));
      }
      this.errorsBox.focus();
    }
    this.resumeFromTablet().then(function () {
      self.main.setAttribute("data-ready", "");
    });
    this.registerWorker();
  };

  /** Changes, Back / Next, sending, the network coming and going, leaving the page. */
  Interview.prototype.listen = function () {
    var self = this;
    var steps = this.steps;
    this.form.addEventListener("input", function (event) {
      self.changedIn(event.target);
    });
    this.form.addEventListener("change", function (event) {
      self.changedIn(event.target);
    });
    steps.listen();
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    window.addEventListener("online", function () {
      self.banner(true);
      self.resetRetry();
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
          steps.show(steps.stepOf(target), false);
          target.focus();
        }
      });
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        self.saveNow();
      }
    });
    window.addEventListener("pagehide", function () {
      self.saveNow();
    });
  };

  /** What IndexedDB kept from an earlier visit: a send, or a newer draft. */
  Interview.prototype.resumeFromTablet = function () {
    var self = this;
    var steps = this.steps;
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
        steps.jump(steps.all[Number(mine.position) || 0]);
        self.lastJson = JSON.stringify(self.payload());
      }
      if (send) {
        self.sendRecord = send;
        self.restoreEntries(send.entries);
        self.apply();
        steps.jump(steps.all[steps.all.length - 1]);
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

  /** One section per screen (steps.js); every section change is saved. */
  Interview.prototype.stepsOf = function (form) {
    var self = this;
    return window.SurveySteps.create({
      steps: toArray(form.querySelectorAll("section.interview-step, section[data-step]")),
      back: document.querySelector("[data-back]"),
      next: document.querySelector("[data-next]"),
      send: document.querySelector("[data-send]"),
      text: document.getElementById("interview-progress-text"),
      bar: document.getElementById("interview-progress"),
      template: this.text("progress"),
      arrived: function (section, focus, before) {
        self.arrived(section, focus, before);
      },
    });
  };

  Interview.prototype.headingOf = function (section) {
    var id = section.getAttribute("aria-labelledby");
    return (id && document.getElementById(id)) || section.querySelector("h1, h2, h3");
  };

  /** On a new section: its heading gets the focus (after Back / Next); it is saved. */
  Interview.prototype.arrived = function (section, focus, before) {
    if (focus) {
      var heading = this.headingOf(section);
      var target =
        heading && !heading.closest("[hidden]") ? heading : window.SurveySteps.firstField(section);
      window.scrollTo(0, 0);
      if (target) {
        target.focus({ preventScroll: false });
      }
    }
    if (before !== section && this.lastJson) {
      this.saveNow(); // every section change is saved
    }
  };

  Interview.prototype.focusCurrent = function () {
    var heading = this.steps.current && this.headingOf(this.steps.current);
    if (heading) {
      heading.focus();
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
      this.steps.render();
      return;
    }
    var shown = this.conditions.evaluate(this.rules, this.conditionAnswers());
    this.steps.follow(shown, this.ruledQuestions);
  };

  // --- the parts ------------------------------------------------------------------------

  /** Each part's methods become the interview's; no two name one alike. */
  ["status", "content", "network", "autosave", "labels", "conflict", "checks", "send", "worker"]
    .map(function (name) {
      return parts[name];
    })
    .forEach(function (methods) {
      Object.keys(methods).forEach(function (name) {
        if (Object.prototype.hasOwnProperty.call(Interview.prototype, name)) {
          throw new Error("interview: two parts define " + name);
        }
        Interview.prototype[name] = methods[name];
      });
    });

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
