/*
 * One step at a time: the navigation that the filling form (form.js), the
 * interview mode (interview.js) and the participant's survey (participant.js)
 * share. A "step" is a form's step, an interview's section or a participant's
 * screen (one question).
 *
 * - the steps the conditions hide carry data-off (follow) and are skipped;
 *   the questions they hide are hidden and disabled, never required
 *   (showQuestions);
 * - only the current step shows; when it loses its condition, the nearest
 *   shown step before it becomes the current one;
 * - Back / Next / Send and the progress ("Step 2 of 4" and its bar) count
 *   only the steps shown; Back is hidden on the first, Next and Send swap on
 *   the last;
 * - Next asks the page first (mayLeave: a required question left empty keeps
 *   the step); what happens on arriving (focus, saving, stopping a voice) is
 *   the page's (arrived).
 *
 * Loaded after questions.js and before the page's script; it exposes
 * window.SurveySteps and has no text of its own: every word comes from the
 * page, through the options.
 */
(function (root) {
  "use strict";

  var questions = root.SurveyQuestions;

  /** "Step {current} of {total}" or "%(current)s" placeholders, filled. */
  function fill(template, values) {
    return String(template || "").replace(
      /\{(\w+)\}|%\((\w+)\)s/g,
      function (match, brace, percent) {
        var key = brace || percent;
        return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
      }
    );
  }

  var PLACEHOLDER = /(\{(?:current|total)\}|%\((?:current|total)\)s)/;

  /**
   * Write the progress in `element`; with `isolate`, each number is a
   * <bdi dir="ltr"> so that right-to-left words keep them in place.
   */
  function writeProgress(element, template, current, total, isolate) {
    if (!element || !template) {
      return;
    }
    if (!isolate) {
      element.textContent = fill(template, { current: current, total: total });
      return;
    }
    element.textContent = "";
    template.split(PLACEHOLDER).forEach(function (part) {
      if (PLACEHOLDER.test(part)) {
        var number = document.createElement("bdi");
        number.setAttribute("dir", "ltr");
        number.textContent = String(part.indexOf("current") !== -1 ? current : total);
        element.appendChild(number);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }

  /**
   * Show or hide each question as the conditions say (`shownKeys`: the keys
   * of the questions shown); a hidden question's inputs are disabled (not
   * sent) and never required.
   */
  function showQuestions(list, shownKeys) {
    var shown = {};
    shownKeys.forEach(function (key) {
      shown[key] = true;
    });
    list.forEach(function (question) {
      var on = shown[question.getAttribute("data-question")] === true;
      question.hidden = !on;
      questions.controls(question).forEach(function (control) {
        control.disabled = !on;
      });
      var required = on && question.hasAttribute("data-required");
      questions.requiredTargets(question).forEach(function (control) {
        control.required = required;
      });
    });
  }

  /** The first field of a step a person can type in or choose from. */
  function firstField(step) {
    return step.querySelector("input:not([type=hidden]), select, textarea");
  }

  function setHidden(element, hidden) {
    if (element) {
      element.hidden = hidden;
    }
  }

  /**
   * The steps of a page. Options (each may be left out but `steps`):
   *   steps      the step elements, in order;
   *   selector   what a step is, for stepOf (default "section[data-step]");
   *   back, next, send   the buttons;
   *   box        the progress block, hidden while fewer than two steps show;
   *   text, bar  where the progress is written, its <progress> element;
   *   template   the progress's words ("Step {current} of {total}");
   *   isolate    the numbers of the progress in <bdi> (right-to-left pages);
   *   together   every shown step at once, no Back / Next (a one-step form);
   *   rendered(position, total)   after each render;
   *   mayLeave(step)              false keeps the current step on Next;
   *   arrived(step, focus, before)   after show() moved to a step.
   */
  function Steps(options) {
    this.all = options.steps;
    this.selector = options.selector || "section[data-step]";
    this.back = options.back || null;
    this.next = options.next || null;
    this.send = options.send || null;
    this.box = options.box || null;
    this.text = options.text || null;
    this.bar = options.bar || null;
    this.template = options.template || "";
    this.isolate = Boolean(options.isolate);
    this.together = Boolean(options.together);
    this.rendered = options.rendered || null;
    this.mayLeave = options.mayLeave || null;
    this.arrived = options.arrived || null;
    this.current = this.all[0] || null;
  }

  /** The steps the conditions show. */
  Steps.prototype.visible = function () {
    return this.all.filter(function (step) {
      return !step.hasAttribute("data-off");
    });
  };

  Steps.prototype.stepOf = function (element) {
    return element.closest(this.selector);
  };

  /**
   * Mark the numbered steps the conditions hide (`shown`: what conditions.js
   * evaluates; a step without a number, such as an interview's end, always
   * shows), hide the questions they hide, then show the current step.
   */
  Steps.prototype.follow = function (shown, questionList) {
    this.all.forEach(function (step) {
      var number = step.getAttribute("data-step");
      if (/^\d+$/.test(number || "")) {
        step.toggleAttribute("data-off", shown.steps.indexOf(Number(number)) === -1);
      }
    });
    if (questionList) {
      showQuestions(questionList, shown.keys);
    }
    this.render();
  };

  /** Show the current step (or, together, every shown one) and the buttons. */
  Steps.prototype.render = function () {
    if (this.together) {
      this.all.forEach(function (step) {
        step.hidden = step.hasAttribute("data-off");
      });
      setHidden(this.box, true);
      setHidden(this.back, true);
      setHidden(this.next, true);
      setHidden(this.send, false);
      return;
    }
    var visible = this.visible();
    if (visible.indexOf(this.current) === -1) {
      // The current step lost its condition: go back to the nearest one shown.
      var before = this.all.slice(0, this.all.indexOf(this.current) + 1).filter(function (step) {
        return visible.indexOf(step) !== -1;
      });
      this.current = before[before.length - 1] || visible[0] || null;
    }
    var current = this.current;
    this.all.forEach(function (step) {
      step.hidden = step !== current;
    });
    var position = visible.indexOf(current);
    var total = visible.length;
    setHidden(this.box, total < 2);
    writeProgress(this.text, this.template, position + 1, total, this.isolate);
    if (this.bar) {
      this.bar.max = Math.max(total, 1);
      this.bar.value = position + 1;
    }
    setHidden(this.back, position <= 0);
    setHidden(this.next, position >= total - 1);
    setHidden(this.send, position < total - 1);
    if (this.rendered) {
      this.rendered(position, total);
    }
  };

  /** Go to a step (or stay), then let the page focus, save... (arrived). */
  Steps.prototype.show = function (step, focus) {
    var before = this.current;
    this.jump(step);
    if (this.arrived) {
      this.arrived(this.current, Boolean(focus), before);
    }
  };

  /** Go to a step and nothing more (when the content was just loaded). */
  Steps.prototype.jump = function (step) {
    if (step) {
      this.current = step;
    }
    this.render();
  };

  Steps.prototype.goNext = function () {
    if (this.mayLeave && !this.mayLeave(this.current)) {
      return;
    }
    var visible = this.visible();
    var next = visible[visible.indexOf(this.current) + 1];
    if (next) {
      this.show(next, true);
    }
  };

  Steps.prototype.goBack = function () {
    var visible = this.visible();
    var previous = visible[visible.indexOf(this.current) - 1];
    if (previous) {
      this.show(previous, true);
    }
  };

  /** Whether a shown step follows the current one (Enter then means Next). */
  Steps.prototype.beforeLast = function () {
    if (this.together) {
      return false;
    }
    var visible = this.visible();
    return visible.indexOf(this.current) < visible.length - 1;
  };

  /** Bind Back and Next to their buttons. */
  Steps.prototype.listen = function () {
    var self = this;
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
  };

  root.SurveySteps = {
    create: function (options) {
      return new Steps(options);
    },
    fill: fill,
    firstField: firstField,
    showQuestions: showQuestions,
    writeProgress: writeProgress,
  };
})(window);
