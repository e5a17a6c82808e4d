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
 * Every text shown comes from the page (translated there).
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

  function newClientId() {
    var cryptoApi = window.crypto;
    if (!cryptoApi) {
      return "";
    }
    if (typeof cryptoApi.randomUUID === "function") {
      return cryptoApi.randomUUID();
    }
    var bytes = new Uint8Array(16);
    cryptoApi.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (byte) {
        return (byte + 0x100).toString(16).slice(1);
      })
      .join("");
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      hex.slice(12, 16),
      hex.slice(16, 20),
      hex.slice(20),
    ].join("-");
  }

  function toArray(list) {
    return Array.prototype.slice.call(list);
  }

  function addToken(element, attribute, token) {
    var tokens = (element.getAttribute(attribute) || "").split(/\s+/).filter(Boolean);
    if (tokens.indexOf(token) === -1) {
      tokens.push(token);
    }
    element.setAttribute(attribute, tokens.join(" "));
  }

  function removeToken(element, attribute, token) {
    var tokens = (element.getAttribute(attribute) || "").split(/\s+/).filter(function (t) {
      return t && t !== token;
    });
    if (tokens.length) {
      element.setAttribute(attribute, tokens.join(" "));
    } else {
      element.removeAttribute(attribute);
    }
  }

  /** Inputs whose value is an answer (not buttons, not the form's own fields). */
  function isAnswerControl(element) {
    if (!element.name || element.disabled === undefined) {
      return false;
    }
    var tag = element.tagName;
    if (tag === "BUTTON" || tag === "FIELDSET" || tag === "OUTPUT") {
      return false;
    }
    return ["hidden", "file", "submit", "button", "reset", "image"].indexOf(element.type) === -1;
  }

  // --- lists: "Add another" / "Remove" ---------------------------------------

  function setUpRepeatable(box, changed) {
    var list = box.querySelector("[data-items]");
    var add = box.querySelector("[data-add]");
    var limit = box.querySelector("[data-limit]");
    var max = Number(box.getAttribute("data-max-items")) || 1;

    function items() {
      return toArray(list.querySelectorAll("[data-item]"));
    }

    function refresh() {
      var all = items();
      all.forEach(function (item, index) {
        var input = item.querySelector("input");
        input.id = box.id + "-" + index;
        item.querySelector("label").htmlFor = input.id;
        toArray(item.querySelectorAll("[data-item-number]")).forEach(function (number) {
          number.textContent = String(index + 1);
        });
        item.querySelector("[data-remove]").hidden = all.length < 2;
      });
      add.hidden = false;
      add.disabled = all.length >= max;
      if (limit) {
        limit.hidden = all.length < max;
      }
    }

    function addItem() {
      var all = items();
      if (all.length >= max) {
        return null;
      }
      var item = all[all.length - 1].cloneNode(true);
      var input = item.querySelector("input");
      input.value = "";
      input.removeAttribute("aria-invalid");
      input.required = false;
      list.appendChild(item);
      refresh();
      return input;
    }

    add.addEventListener("click", function () {
      var input = addItem();
      if (input) {
        input.focus();
        changed();
      }
    });
    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-remove]");
      if (!button) {
        return;
      }
      var all = items();
      var item = button.closest("[data-item]");
      var index = all.indexOf(item);
      if (all.length < 2) {
        item.querySelector("input").value = "";
        item.querySelector("input").focus();
      } else {
        item.remove();
        refresh();
        var rest = items();
        rest[Math.min(index, rest.length - 1)].querySelector("input").focus();
      }
      changed();
    });
    refresh();
    box.surveyGrow = function (count) {
      while (items().length < Math.min(count, max) && addItem()) {
        // grow until every kept item has an input
      }
    };
  }

  // --- action plans: "Add a step" --------------------------------------------

  function setUpPlan(plan, changed) {
    var list = plan.querySelector("[data-rows]");
    var add = plan.querySelector("[data-add]");
    var max = Number(plan.getAttribute("data-max-steps")) || 1;
    var legend = plan.getAttribute("data-step-label") || "{n}";
    var name = plan.getAttribute("data-name");

    function rows() {
      return toArray(list.querySelectorAll("[data-plan-row]"));
    }

    function refresh() {
      add.hidden = false;
      add.disabled = rows().length >= max;
    }

    function addRow() {
      var all = rows();
      if (all.length >= max) {
        return null;
      }
      var index = all.length;
      var row = all[all.length - 1].cloneNode(true);
      toArray(row.querySelectorAll("[data-part]")).forEach(function (input) {
        var part = input.getAttribute("data-part");
        input.name = name + "-" + index + "-" + part;
        input.id = plan.id + "-" + index + "-" + part;
        input.value = "";
        input.removeAttribute("aria-invalid");
        input.required = false;
        input.parentNode.querySelector("label").htmlFor = input.id;
      });
      row.querySelector("[data-row-legend]").textContent = legend.replace(
        "{n}",
        String(index + 1)
      );
      list.appendChild(row);
      refresh();
      return row;
    }

    add.addEventListener("click", function () {
      var row = addRow();
      if (row) {
        row.querySelector("[data-part]").focus();
        changed();
      }
    });
    refresh();
    plan.surveyGrow = function (count) {
      while (rows().length < Math.min(count, max) && addRow()) {
        // grow until every kept step has its inputs
      }
    };
  }

  // --- the form ---------------------------------------------------------------

  function SurveyForm(form, rules, conditions) {
    this.form = form;
    this.rules = rules;
    this.conditions = conditions;
    this.store = form.getAttribute("data-storage-key") ? session() : null;
    this.storageKey = form.getAttribute("data-storage-key");
    this.steps = toArray(form.querySelectorAll("section[data-step]"));
    this.questions = toArray(form.querySelectorAll("[data-question]"));
    this.multiStep = this.steps.length > 1;
    this.current = this.steps[0] || null;
    this.messages = {};
    toArray(form.querySelectorAll("[data-message]")).forEach(function (element) {
      this.messages[element.getAttribute("data-message")] = element.textContent.trim();
    }, this);
    this.progress = form.querySelector("[data-progress]");
    this.progressText = form.querySelector("[data-progress-text]");
    this.progressBar = form.querySelector("[data-progress-bar]");
    this.back = form.querySelector("[data-back]");
    this.next = form.querySelector("[data-next]");
    this.send = form.querySelector("[data-send]");
    this.clientId = form.querySelector("[data-client-uuid]");
  }

  SurveyForm.prototype.start = function () {
    var self = this;
    var form = this.form;
    var changed = function () {
      self.update();
    };
    form.setAttribute("data-enhanced", "");
    toArray(form.querySelectorAll("[data-repeatable]")).forEach(function (box) {
      setUpRepeatable(box, changed);
    });
    toArray(form.querySelectorAll("[data-action-plan]")).forEach(function (plan) {
      setUpPlan(plan, changed);
    });

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
    if (firstError) {
      this.show(this.stepOf(firstError), false);
      var summary = document.querySelector("[data-error-summary]");
      if (summary) {
        summary.focus();
      }
    } else if (kept && !bound && kept.step !== undefined) {
      this.show(this.stepByIndex(kept.step), false);
    } else {
      this.show(this.current, false);
    }
    this.save();

    form.addEventListener("input", function (event) {
      self.changedIn(event.target);
    });
    form.addEventListener("change", function (event) {
      self.changedIn(event.target);
    });
    this.next.addEventListener("click", function () {
      self.goNext();
    });
    this.back.addEventListener("click", function () {
      self.goBack();
    });
    form.addEventListener("submit", function (event) {
      if (event.submitter && event.submitter.hasAttribute("data-save-draft")) {
        // A draft keeps what is there, finished or not.
        self.save();
        return;
      }
      self.apply();
      var visible = self.visibleSteps();
      if (self.multiStep && visible.indexOf(self.current) < visible.length - 1) {
        // Enter in a field of an early step means Next, not Send.
        event.preventDefault();
        self.goNext();
        return;
      }
      var problems = [];
      self.visibleSteps().forEach(function (step) {
        problems = problems.concat(self.validate(step));
      });
      if (problems.length) {
        event.preventDefault();
        self.show(self.stepOf(problems[0]), false);
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
        self.show(self.stepOf(question), false);
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

  SurveyForm.prototype.controls = function (question) {
    return toArray(question.querySelectorAll("input, select, textarea"));
  };

  /** The answer as the server will read it (see conditions.js). */
  SurveyForm.prototype.answerOf = function (question) {
    var controls = this.controls(question);
    var kind = question.getAttribute("data-answer");
    if (kind === "flag" || kind === "record") {
      var box = controls.filter(function (c) {
        return c.type === "checkbox";
      })[0];
      if (!box || !box.checked) {
        return undefined;
      }
      return kind === "flag" ? "True" : { accepted: "True" };
    }
    var matrix = question.querySelector("[data-matrix]");
    if (matrix) {
      var lines = {};
      toArray(matrix.querySelectorAll("input[type=radio]:checked")).forEach(function (c) {
        lines[c.name] = c.value;
      });
      return lines;
    }
    var plan = question.querySelector("[data-action-plan]");
    if (plan) {
      return toArray(plan.querySelectorAll("[data-plan-row]"))
        .map(function (row) {
          var parts = {};
          toArray(row.querySelectorAll("[data-part]")).forEach(function (input) {
            parts[input.getAttribute("data-part")] = input.value.trim();
          });
          return parts;
        })
        .filter(function (parts) {
          return Object.keys(parts).some(function (part) {
            return parts[part];
          });
        });
    }
    if (question.querySelector("[data-repeatable]")) {
      return controls
        .map(function (c) {
          return c.value.trim();
        })
        .filter(Boolean);
    }
    var radios = controls.filter(function (c) {
      return c.type === "radio";
    });
    if (radios.length) {
      var checked = radios.filter(function (c) {
        return c.checked;
      })[0];
      return checked ? checked.value : undefined;
    }
    var boxes = controls.filter(function (c) {
      return c.type === "checkbox";
    });
    if (boxes.length) {
      return boxes
        .filter(function (c) {
          return c.checked;
        })
        .map(function (c) {
          return c.value;
        });
    }
    var control = controls[0];
    if (!control) {
      return undefined;
    }
    if (control.tagName === "SELECT" && control.multiple) {
      return toArray(control.options)
        .filter(function (option) {
          return option.selected;
        })
        .map(function (option) {
          return option.value;
        });
    }
    return control.value.trim();
  };

  SurveyForm.prototype.answers = function () {
    var answers = {};
    this.questions.forEach(function (question) {
      answers[question.getAttribute("data-question")] = this.answerOf(question);
    }, this);
    return answers;
  };

  /** Inputs that get the `required` attribute when their question is required. */
  SurveyForm.prototype.requiredTargets = function (question) {
    var controls = this.controls(question);
    if (question.querySelector("[data-matrix]")) {
      return controls;
    }
    if (question.querySelector("[data-repeatable]")) {
      return controls.slice(0, 1);
    }
    if (question.querySelector("[data-action-plan]")) {
      return controls.filter(function (c) {
        return /-0-(goal|step)$/.test(c.name);
      });
    }
    return controls.filter(function (c) {
      // A group of checkboxes needs one ticked, not each.
      return c.type !== "hidden" && (c.type !== "checkbox" || question.hasAttribute("data-answer"));
    });
  };

  /** Show what the conditions allow; hidden inputs are disabled (not sent). */
  SurveyForm.prototype.apply = function () {
    var shown = this.conditions.evaluate(this.rules, this.answers());
    var keys = {};
    shown.keys.forEach(function (key) {
      keys[key] = true;
    });
    this.steps.forEach(function (step) {
      var on = shown.steps.indexOf(Number(step.getAttribute("data-step"))) !== -1;
      step.toggleAttribute("data-off", !on);
    });
    this.questions.forEach(function (question) {
      var on = keys[question.getAttribute("data-question")] === true;
      question.hidden = !on;
      this.controls(question).forEach(function (control) {
        control.disabled = !on;
      });
      var required = on && question.hasAttribute("data-required");
      this.requiredTargets(question).forEach(function (control) {
        control.required = required;
      });
    }, this);
    this.render();
  };

  // --- steps -----------------------------------------------------------------

  SurveyForm.prototype.visibleSteps = function () {
    return this.steps.filter(function (step) {
      return !step.hasAttribute("data-off");
    });
  };

  SurveyForm.prototype.stepOf = function (element) {
    return element.closest("section[data-step]");
  };

  SurveyForm.prototype.stepByIndex = function (index) {
    return (
      this.steps.filter(function (step) {
        return Number(step.getAttribute("data-step")) === Number(index);
      })[0] || this.steps[0]
    );
  };

  /** Show the current step (or, on one-step forms, every visible one). */
  SurveyForm.prototype.render = function () {
    var visible = this.visibleSteps();
    if (!this.multiStep) {
      this.steps.forEach(function (step) {
        step.hidden = step.hasAttribute("data-off");
      });
      this.progress.hidden = true;
      this.back.hidden = true;
      this.next.hidden = true;
      this.send.hidden = false;
      return;
    }
    if (visible.indexOf(this.current) === -1) {
      // The current step lost its condition: go back to the nearest one shown.
      var before = this.steps.slice(0, this.steps.indexOf(this.current) + 1).filter(
        function (step) {
          return visible.indexOf(step) !== -1;
        }
      );
      this.current = before[before.length - 1] || visible[0];
    }
    var current = this.current;
    this.steps.forEach(function (step) {
      step.hidden = step !== current;
    });
    var position = visible.indexOf(current);
    var total = visible.length;
    this.progress.hidden = total < 2;
    this.progressText.textContent = (this.messages.progress || "{current} / {total}")
      .replace("{current}", String(position + 1))
      .replace("{total}", String(total));
    this.progressBar.max = total;
    this.progressBar.value = position + 1;
    this.back.hidden = position <= 0;
    this.next.hidden = position >= total - 1;
    this.send.hidden = position < total - 1;
  };

  SurveyForm.prototype.show = function (step, focus) {
    if (step) {
      this.current = step;
    }
    this.render();
    this.save();
    if (!focus || !this.multiStep) {
      return;
    }
    var title = this.current.querySelector(".survey-step-title");
    var target = title || this.progressText;
    if (target.closest("[hidden]")) {
      target = this.current.querySelector("input:not([type=hidden]), select, textarea");
    }
    if (target) {
      target.focus();
    }
    this.form.scrollIntoView({ block: "start" });
  };

  SurveyForm.prototype.goNext = function () {
    var problems = this.validate(this.current);
    if (problems.length) {
      this.focusQuestion(problems[0]);
      return;
    }
    var visible = this.visibleSteps();
    var next = visible[visible.indexOf(this.current) + 1];
    if (next) {
      this.show(next, true);
    }
  };

  SurveyForm.prototype.goBack = function () {
    var visible = this.visibleSteps();
    var previous = visible[visible.indexOf(this.current) - 1];
    if (previous) {
      this.show(previous, true);
    }
  };

  // --- checks ----------------------------------------------------------------

  /** What is wrong with the answer to a shown question, or "" (mirrors the server). */
  SurveyForm.prototype.problemOf = function (question) {
    if (question.hidden || question.classList.contains("question-hidden")) {
      return "";
    }
    var messages = this.messages;
    var controls = this.controls(question);
    var invalid = controls.some(function (c) {
      return c.validity && !c.validity.valid && !c.validity.valueMissing;
    });
    if (invalid) {
      return messages.invalid;
    }
    var required = question.hasAttribute("data-required");
    var matrix = question.querySelector("[data-matrix]");
    if (matrix) {
      var rows = toArray(matrix.querySelectorAll("[data-matrix-row]"));
      var unanswered = rows.some(function (row) {
        return !row.querySelector("input[type=radio]:checked");
      });
      return required && unanswered ? messages["every-line"] : "";
    }
    var answer = this.answerOf(question);
    if (question.querySelector("[data-action-plan]")) {
      var incomplete = answer.some(function (row) {
        return !row.goal || !row.step;
      });
      if (incomplete) {
        return messages["plan-row"];
      }
    }
    if (required && !this.conditions.isAnswered(answer)) {
      return messages.required;
    }
    return "";
  };

  SurveyForm.prototype.validate = function (step) {
    var problems = [];
    this.questions.forEach(function (question) {
      if (this.stepOf(question) !== step || question.hidden) {
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
      var values = fields[element.name] || (fields[element.name] = []);
      if (element.type === "radio" || element.type === "checkbox") {
        if (element.checked) {
          values.push(element.value);
        }
      } else if (element.tagName === "SELECT" && element.multiple) {
        toArray(element.options).forEach(function (option) {
          if (option.selected) {
            values.push(option.value);
          }
        });
      } else {
        values.push(element.value);
      }
    });
    var data = {
      fields: fields,
      step: this.current ? Number(this.current.getAttribute("data-step")) : 0,
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
    toArray(this.form.querySelectorAll("[data-repeatable]")).forEach(function (box) {
      var input = box.querySelector("input");
      if (input && own.call(fields, input.name)) {
        box.surveyGrow(fields[input.name].length);
      }
    });
    toArray(this.form.querySelectorAll("[data-action-plan]")).forEach(function (plan) {
      var prefix = plan.getAttribute("data-name") + "-";
      var rows = 0;
      Object.keys(fields).forEach(function (name) {
        if (name.indexOf(prefix) !== 0 || !fields[name].join("")) {
          return;
        }
        var index = parseInt(name.slice(prefix.length), 10);
        if (!isNaN(index)) {
          rows = Math.max(rows, index + 1);
        }
      });
      plan.surveyGrow(rows);
    });
    var seen = {};
    toArray(this.form.elements).forEach(function (element) {
      if (!isAnswerControl(element) || !own.call(fields, element.name)) {
        return;
      }
      var values = fields[element.name];
      if (element.type === "radio" || element.type === "checkbox") {
        element.checked = values.indexOf(element.value) !== -1;
      } else if (element.tagName === "SELECT" && element.multiple) {
        toArray(element.options).forEach(function (option) {
          option.selected = values.indexOf(option.value) !== -1;
        });
      } else {
        var position = seen[element.name] || 0;
        seen[element.name] = position + 1;
        element.value = values[position] === undefined ? "" : values[position];
      }
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
