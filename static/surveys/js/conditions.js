/*
 * The conditional logic of a form, in the browser.
 *
 * A copy of surveys/schema.py (Condition.holds, FormSchema.visible_keys) that
 * reads FormSchema.rules(); tests/surveys/test_conditions_js.py runs both on the
 * same generated cases. No DOM here: form.js reads the answers from the page.
 *
 * Answers are what the browser would send: strings, lists of strings, "True"
 * for a ticked checkbox, an object for a matrix or a consent.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.SurveyConditions = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var own = Object.prototype.hasOwnProperty;

  /** The answer under key, or undefined (keys such as "constructor" are safe). */
  function answerOf(answers, key) {
    return answers && own.call(answers, key) ? answers[key] : undefined;
  }

  /** Python's is_answered: None, "", [], {} and False are unanswered. */
  function isAnswered(value) {
    if (value === null || value === undefined || value === "" || value === false) {
      return false;
    }
    if (Array.isArray(value)) {
      return value.length > 0;
    }
    if (typeof value === "object") {
      return Object.keys(value).length > 0;
    }
    return true;
  }

  /** Python's str() for the values an answer holds. */
  function pyStr(value) {
    if (value === true) {
      return "True";
    }
    if (value === false) {
      return "False";
    }
    if (typeof value === "object") {
      // str(dict) never equals a stored choice value; neither does this.
      return "[object]";
    }
    return String(value);
  }

  /** Whether condition holds for these answers (Condition.holds). */
  function holds(condition, answers) {
    var answer = answerOf(answers, condition.field);
    if (condition.operator === "answered") {
      return isAnswered(answer);
    }
    var list = Array.isArray(answer) ? answer : [answer];
    var given = new Set();
    list.forEach(function (value) {
      if (isAnswered(value)) {
        given.add(pyStr(value));
      }
    });
    var values = condition.values || [];
    if (condition.operator === "equals") {
      return values.length > 0 && given.size === 1 && given.has(String(values[0]));
    }
    if (condition.operator === "one_of") {
      return values.some(function (value) {
        return given.has(String(value));
      });
    }
    return false;
  }

  /**
   * The visible steps (indexes) and questions (keys) for these answers.
   *
   * Steps in order: a step shows if its condition holds on the answers shown so
   * far; a question shows if its step shows and its condition holds on the
   * answers of the questions shown before it. Hidden answers count as unanswered.
   */
  function evaluate(rules, answers) {
    var shown = Object.create(null);
    var keys = [];
    var steps = [];
    var order = rules.order || [];
    var fields = rules.fields || {};
    (rules.steps || [null]).forEach(function (stepCondition, index) {
      if (stepCondition === null || holds(stepCondition, shown)) {
        steps.push(index);
      } else {
        return;
      }
      order.forEach(function (entry) {
        var key = entry[0];
        if (entry[1] !== index) {
          return;
        }
        var condition = own.call(fields, key) ? fields[key] : null;
        if (condition === null || condition === undefined || holds(condition, shown)) {
          if (!(key in shown)) {
            keys.push(key);
          }
          shown[key] = answerOf(answers, key);
        }
      });
    });
    return { keys: keys, steps: steps };
  }

  /** Keys of the questions shown for these answers (FormSchema.visible_keys). */
  function visibleKeys(rules, answers) {
    return evaluate(rules, answers).keys;
  }

  /** Indexes of the steps shown for these answers. */
  function visibleSteps(rules, answers) {
    return evaluate(rules, answers).steps;
  }

  return {
    evaluate: evaluate,
    holds: holds,
    isAnswered: isAnswered,
    visibleKeys: visibleKeys,
    visibleSteps: visibleSteps,
  };
});
