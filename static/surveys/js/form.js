/*
 * Filling a form, in the browser: the page works without this script (every
 * step shown, one Send button, the server applies the conditions); with it,
 *
 * - one step at a time, with Back / Next and "Step 2 of 4" counting only the
 *   steps shown; Next checks the required questions of the step;
 * - questions and steps whose condition does not hold are hidden and their
 *   inputs disabled, so they are not sent (conditions.js, the server's rules);
 * - "Add another" / "Remove" for lists, "Add a step" for action plans;
 * - the answers are kept in sessionStorage (per form version) until the
 *   landing page says they were sent, so a reload loses nothing;
 * - a client id per submission, so a repeated send is not stored twice.
 *
 * Every text shown comes from the page (translated there). Reading the
 * answers, the lists and plans: questions.js; Back / Next, the progress and
 * the steps the conditions show: steps.js (both loaded before this file).
 */
(function () {
  "use strict";

  function session() {
    try {
      var store = window.sessionStorage;
      store.setItem("surveys:probe", "1");
      store.removeItem("surveys:probe");
      return store;
    } catch (error) {
      return null; // private mode or storage disabled: the form still works
    }
  }

  var questions = window.SurveyQuestions;
  var toArray = questions.toArray;
  var addToken = questions.addToken;
  var removeToken = questions.removeToken;
  var isAnswerControl = questions.isAnswerControl;
  var newClientId = questions.newClientId;

  // --- the form ---------------------------------------------------------------

  function SurveyForm(form, rules, conditions) {
    this.form = form;
    this.rules = rules;
    this.conditions = conditions;
    this.store = form.getAttribute("data-storage-key") ? session() : null;
    this.storageKey = form.getAttribute("data-storage-key");
    this.questions = toArray(form.querySelectorAll("[data-question]"));
    this.messages = {};
    toArray(form.querySelectorAll("[data-message]")).forEach(function (element) {
      this.messages[element.getAttribute("data-message")] = element.textContent.trim();
    }, this);
    this.progressText = form.querySelector("[data-progress-text]");
    this.clientId = form.querySelector("[data-client-uuid]");
    this.steps = this.stepsOf(form);
    this.multiStep = !this.steps.together;
  }

  /** One step at a time (steps.js); Next first checks the step's questions. */
  SurveyForm.prototype.stepsOf = function (form) {
    var self = this;
    var all = toArray(form.querySelectorAll("section[data-step]"));
    return window.SurveySteps.create({
      steps: all,
      back: form.querySelector("[data-back]"),
      next: form.querySelector("[data-next]"),
      send: form.querySelector("[data-send]"),
      box: form.querySelector("[data-progress]"),
      text: this.progressText,
      bar: form.querySelector("[data-progress-bar]"),
      template: this.messages.progress || "{current} / {total}",
      together: all.length < 2,
      mayLeave: function (step) {
        var problems = self.validate(step);
        if (problems.length) {
          self.focusQuestion(problems[0]);
        }
        return !problems.length;
      },
      arrived: function (step, focus) {
        self.arrived(step, focus);
      },
    });
  };

  SurveyForm.prototype.start = function () {
    var self = this;
    var form = this.form;
    var changed = function () {
      self.update();
    };
    form.setAttribute("data-enhanced", "");
    questions.setUpLists(form, changed);

    var kept = this.load();
    if (this.clientId) {
      this.clientId.value = (kept && kept.clientId) || newClientId();
    }
    var bound = form.hasAttribute("data-bound");
    if (kept && !bound) {
      this.restore(kept.fields || {});
    }
    this.apply();

    var firstError = this.questions.filter(function (question) {
      return question.classList.contains("has-error") && !question.hidden;
    })[0];
    var steps = this.steps;
    if (firstError) {
      steps.show(steps.stepOf(firstError), false);
      var summary = document.querySelector("[data-error-summary]");
      if (summary) {
        summary.focus();
      }
    } else if (kept && !bound && kept.step !== undefined) {
      steps.show(this.stepByIndex(kept.step), false);
    } else {
      steps.show(steps.current, false);
    }
    this.save();

    form.addEventListener("input", function (event) {
      self.changedIn(event.target);
    });
    form.addEventListener("change", function (event) {
      self.changedIn(event.target);
    });
    steps.listen();
    form.addEventListener("submit", function (event) {
      if (event.submitter && event.submitter.hasAttribute("data-save-draft")) {
        // A draft keeps what is there, finished or not.
        self.save();
        return;
      }
      self.apply();
      if (steps.beforeLast()) {
        // Enter in a field of an early step means Next, not Send.
        event.preventDefault();
        steps.goNext();
        return;
      }
      var problems = [];
      steps.visible().forEach(function (step) {
        problems = problems.concat(self.validate(step));
      });
      if (problems.length) {
        event.preventDefault();
        steps.show(steps.stepOf(problems[0]), false);
        self.focusQuestion(problems[0]);
        return;
      }
      self.save();
    });
    toArray(document.querySelectorAll("[data-error-link]")).forEach(function (link) {
      link.addEventListener("click", function (event) {
        var question = form.querySelector(
          '[data-question="' + link.getAttribute("data-error-link") + '"]'
        );
        if (!question || question.hidden) {
          return;
        }
        event.preventDefault();
        steps.show(steps.stepOf(question), false);
        self.focusQuestion(question);
      });
    });
  };

  SurveyForm.prototype.update = function () {
    this.apply();
    this.save();
  };

  SurveyForm.prototype.changedIn = function (target) {
    this.apply();
    var question = target.closest && target.closest("[data-question]");
    if (question && question.classList.contains("has-error") && !this.problemOf(question)) {
      this.clearError(question);
    }
    this.save();
  };

  // --- answers and conditions --------------------------------------------------

  SurveyForm.prototype.controls = questions.controls;

  /** The answer as the server will read it (see conditions.js, questions.js). */
  SurveyForm.prototype.answerOf = questions.answerOf;

  SurveyForm.prototype.answers = function () {
    var answers = {};
    this.questions.forEach(function (question) {
      answers[question.getAttribute("data-question")] = this.answerOf(question);
    }, this);
    return answers;
  };

  /** Show what the conditions allow; hidden inputs are disabled (not sent). */
  SurveyForm.prototype.apply = function () {
    var shown = this.conditions.evaluate(this.rules, this.answers());
    this.steps.follow(shown, this.questions);
  };

  // --- steps -----------------------------------------------------------------

  SurveyForm.prototype.stepByIndex = function (index) {
    var all = this.steps.all;
    return (
      all.filter(function (step) {
        return Number(step.getAttribute("data-step")) === Number(index);
      })[0] || all[0]
    );
  };

  /** On a new step: keep it for a reload; after Back / Next, focus its title. */
  SurveyForm.prototype.arrived = function (step, focus) {
    this.save();
    if (!focus || !this.multiStep) {
      return;
    }
    var title = step.querySelector(".survey-step-title");
    var target = title || this.progressText;
    if (target.closest("[hidden]")) {
      target = window.SurveySteps.firstField(step);
    }
    if (target) {
      target.focus();
    }
    this.form.scrollIntoView({ block: "start" });
  };

  // --- checks ----------------------------------------------------------------

  /** What is wrong with the answer to a shown question, or "" (mirrors the server). */
  SurveyForm.prototype.problemOf = function (question) {
    var problem = questions.problemOf(question, this.conditions);
    return problem ? this.messages[problem] : "";
  };

  SurveyForm.prototype.validate = function (step) {
    var problems = [];
    this.questions.forEach(function (question) {
      if (this.steps.stepOf(question) !== step || question.hidden) {
        return;
      }
      var problem = this.problemOf(question);
      if (problem) {
        this.showError(question, problem);
        problems.push(question);
      } else {
        this.clearError(question);
      }
    }, this);
    return problems;
  };

  SurveyForm.prototype.describedElements = function (question) {
    var group = question.querySelector(".question-group");
    if (group) {
      return [group];
    }
    return this.controls(question).filter(function (c) {
      return c.type !== "hidden";
    });
  };

  SurveyForm.prototype.showError = function (question, message) {
    var box = question.querySelector("[data-field-error]");
    if (!box) {
      return;
    }
    var line = document.createElement("p");
    var prefix = document.createElement("span");
    prefix.className = "visually-hidden";
    prefix.textContent = (this.messages.error || "") + " ";
    line.appendChild(prefix);
    line.appendChild(document.createTextNode(message));
    box.textContent = "";
    box.appendChild(line);
    box.hidden = false;
    question.classList.add("has-error");
    this.describedElements(question).forEach(function (element) {
      addToken(element, "aria-describedby", box.id);
    });
    this.controls(question).forEach(function (c) {
      if (c.type !== "hidden") {
        c.setAttribute("aria-invalid", "true");
      }
    });
  };

  SurveyForm.prototype.clearError = function (question) {
    var box = question.querySelector("[data-field-error]");
    if (!box) {
      return;
    }
    box.textContent = "";
    box.hidden = true;
    question.classList.remove("has-error");
    this.describedElements(question).forEach(function (element) {
      removeToken(element, "aria-describedby", box.id);
    });
    this.controls(question).forEach(function (c) {
      c.removeAttribute("aria-invalid");
    });
  };

  SurveyForm.prototype.focusQuestion = function (question) {
    var controls = this.controls(question).filter(function (c) {
      return c.type !== "hidden" && !c.disabled;
    });
    var checked = controls.filter(function (c) {
      return c.type === "radio" && c.checked;
    })[0];
    var target = checked || controls[0];
    if (target) {
      target.focus();
    }
  };

  // --- keeping the answers in the tab -----------------------------------------

  SurveyForm.prototype.load = function () {
    if (!this.store) {
      return null;
    }
    try {
      return JSON.parse(this.store.getItem(this.storageKey) || "null");
    } catch (error) {
      return null;
    }
  };

  SurveyForm.prototype.save = function () {
    if (!this.store) {
      return;
    }
    var fields = {};
    toArray(this.form.elements).forEach(function (element) {
      if (!isAnswerControl(element)) {
        return;
      }
      fields[element.name] = (fields[element.name] || []).concat(questions.valuesOf(element));
    });
    var current = this.steps.current;
    var data = {
      fields: fields,
      step: current ? Number(current.getAttribute("data-step")) : 0,
      clientId: this.clientId ? this.clientId.value : "",
    };
    try {
      this.store.setItem(this.storageKey, JSON.stringify(data));
    } catch (error) {
      // Storage full: the form still works, only a reload would lose answers.
    }
  };

  SurveyForm.prototype.restore = function (fields) {
    var own = Object.prototype.hasOwnProperty;
    questions.growLists(this.form, fields);
    var seen = {};
    toArray(this.form.elements).forEach(function (element) {
      if (!isAnswerControl(element) || !own.call(fields, element.name)) {
        return;
      }
      questions.setValues(element, fields[element.name], seen);
    });
  };

  // --- start -------------------------------------------------------------------

  function start() {
    var store = session();
    toArray(document.querySelectorAll("[data-survey-sent]")).forEach(function (sent) {
      if (store) {
        store.removeItem(sent.getAttribute("data-survey-sent"));
      }
    });
    var rulesScript = document.getElementById("survey-rules");
    if (!rulesScript || !window.SurveyConditions) {
      return;
    }
    var rules = JSON.parse(rulesScript.textContent);
    toArray(document.querySelectorAll("form[data-survey-form]")).forEach(function (form) {
      new SurveyForm(form, rules, window.SurveyConditions).start();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
