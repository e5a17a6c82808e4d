/*
 * The questions of a survey page, read and grown in the browser: what the
 * filling form (form.js), the interview mode (interview.js) and the
 * participant's survey (participant.js) share.
 *
 * - types: how each type of question (its script hook, data-hook) reads its
 *   answer, which inputs are required, what can be wrong, how its list grows
 *   (the default, `value`, here; the others in question_types.js);
 * - answerOf(question): a question's answer exactly as the server reads it,
 *   for conditions.js (strings, lists, "True", an object for a matrix);
 * - requiredTargets(question): the inputs that get `required`;
 * - problemOf(question, conditions): what is wrong with an answer, as a key
 *   ("invalid", "every-line", "plan-row", "required") each page words itself;
 * - setting up the lists that grow ("Add another", "Add a step") and growing
 *   them back to a kept number of items (setUpLists, growLists);
 * - the values an input holds and putting them back (valuesOf, setValues);
 * - small tools: toArray, newClientId, addToken / removeToken.
 *
 * Loaded before question_types.js, steps.js (which shows and hides the
 * questions as the conditions say) and those scripts; it exposes
 * window.SurveyQuestions and has no text of its own.
 */
(function (root) {
  "use strict";

  function toArray(list) {
    return Array.prototype.slice.call(list || []);
  }

  /** A random UUID (v4), so a repeated send is stored once. */
  function newClientId() {
    var cryptoApi = window.crypto;
    if (cryptoApi && typeof cryptoApi.randomUUID === "function") {
      return cryptoApi.randomUUID();
    }
    var bytes = new Uint8Array(16);
    if (cryptoApi && cryptoApi.getRandomValues) {
      cryptoApi.getRandomValues(bytes);
    } else {
      for (var i = 0; i < 16; i += 1) {
        bytes[i] = Math.floor(Math.random() * 256);
      }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = toArray(bytes)
      .map(function (byte) {
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

  /** Add a token to a list attribute such as aria-describedby. */
  function addToken(element, attribute, token) {
    var tokens = (element.getAttribute(attribute) || "").split(/\s+/).filter(Boolean);
    if (tokens.indexOf(token) === -1) {
      tokens.push(token);
    }
    element.setAttribute(attribute, tokens.join(" "));
  }

  /** Remove a token from a list attribute (and the attribute once empty). */
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

  /** The values an answer control holds, as the browser would send them. */
  function valuesOf(element) {
    if (element.type === "radio" || element.type === "checkbox") {
      return element.checked ? [element.value] : [];
    }
    if (element.tagName === "SELECT" && element.multiple) {
      return toArray(element.options)
        .filter(function (option) {
          return option.selected;
        })
        .map(function (option) {
          return option.value;
        });
    }
    return [element.value];
  }

  /**
   * Put kept values back in an answer control; `seen` counts the text inputs
   * of a name already filled (a list has several under one name).
   */
  function setValues(element, values, seen) {
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
  }

  // --- reading answers ----------------------------------------------------------

  function controls(question) {
    return toArray(question.querySelectorAll("input, select, textarea"));
  }

  /** The value of the ticked radio button, or undefined. */
  function checkedValue(radios) {
    var checked = radios.filter(function (c) {
      return c.checked;
    })[0];
    return checked ? checked.value : undefined;
  }

  /** The values of the ticked boxes. */
  function checkedValues(boxes) {
    return boxes
      .filter(function (c) {
        return c.checked;
      })
      .map(function (c) {
        return c.value;
      });
  }

  /** What one field answers: its trimmed text, or the options chosen in a list. */
  function valueOf(control) {
    if (!control) {
      return undefined;
    }
    if (control.tagName === "SELECT" && control.multiple) {
      return valuesOf(control);
    }
    return control.value.trim();
  }

  /** Whether an answer counts as given (conditions.js's rule, if it is there). */
  function isAnswered(answer, conditions) {
    if (conditions) {
      return conditions.isAnswered(answer);
    }
    return answer !== undefined && answer !== "" && !(answer.length === 0);
  }

  // --- the types of question ------------------------------------------------------

  /**
   * How each type of question behaves, under its script hook: the `script` of
   * its field type (surveys/field_types/), written in the question's data-hook.
   * An entry may give:
   * - answer(question, inputs): the answer exactly as the server reads it;
   * - required(question, inputs): the inputs that get `required`;
   * - problem(question, required, conditions): "" or what is wrong, as a key;
   * - setUp(question, changed) and grow(question, fields): lists that grow.
   * What an entry leaves out, `value` does. The entries other than `value` are
   * in question_types.js.
   */
  var types = {};

  /** One control's value: a text, a date, a drop-down list (a list if multiple). */
  types.value = {
    answer: function (question, inputs) {
      return valueOf(inputs[0]);
    },
    required: function (question, inputs) {
      // A group of checkboxes needs one ticked, not each.
      return inputs.filter(function (c) {
        return c.type !== "hidden" && c.type !== "checkbox";
      });
    },
    problem: function (question, required, conditions) {
      return required && !isAnswered(answerOf(question), conditions) ? "required" : "";
    },
  };

  /** The entry of the question's script hook (its data-hook), or null. */
  function typeOf(question) {
    var name = question.getAttribute("data-hook");
    return name && Object.prototype.hasOwnProperty.call(types, name) ? types[name] : null;
  }

  /** The question's `name` behaviour: its type's, else that of `value`. */
  function hook(question, name) {
    var type = typeOf(question);
    return (type && type[name]) || types.value[name];
  }

  /** Run each behaviour `name` (setUp, grow) that a question of the form has. */
  function eachWith(form, name, run) {
    toArray(form.querySelectorAll("[data-hook]")).forEach(function (question) {
      var type = typeOf(question);
      if (type && type[name]) {
        run(type[name], question);
      }
    });
  }

  /** The answer as the server will read it (see conditions.js). */
  function answerOf(question) {
    return hook(question, "answer")(question, controls(question));
  }

  /** Inputs that get the `required` attribute when their question is required. */
  function requiredTargets(question) {
    return hook(question, "required")(question, controls(question));
  }

  /** Every list and action plan of a form, set up; `changed` runs after each edit. */
  function setUpLists(form, changed) {
    eachWith(form, "setUp", function (setUp, question) {
      setUp(question, changed);
    });
  }

  /** Grow the lists and plans so that every kept value ({name: [values]}) has an input. */
  function growLists(form, fields) {
    eachWith(form, "grow", function (grow, question) {
      grow(question, fields);
    });
  }

  // --- conditions and checks ----------------------------------------------------

  /**
   * What is wrong with the answer to a shown question, as the server would
   * say it: "" (nothing), "invalid" (a value the browser refuses),
   * "every-line" (a required grid with a line left), "plan-row" (a step of an
   * action plan without its goal or its step) or "required".
   */
  function problemOf(question, conditions) {
    if (question.hidden || question.classList.contains("question-hidden")) {
      return "";
    }
    var invalid = controls(question).some(function (c) {
      return c.validity && !c.validity.valid && !c.validity.valueMissing;
    });
    if (invalid) {
      return "invalid";
    }
    return hook(question, "problem")(
      question,
      question.hasAttribute("data-required"),
      conditions
    );
  }

  root.SurveyQuestions = {
    addToken: addToken,
    answerOf: answerOf,
    checkedValue: checkedValue,
    checkedValues: checkedValues,
    controls: controls,
    growLists: growLists,
    isAnswerControl: isAnswerControl,
    isAnswered: isAnswered,
    newClientId: newClientId,
    problemOf: problemOf,
    removeToken: removeToken,
    requiredTargets: requiredTargets,
    setUpLists: setUpLists,
    setValues: setValues,
    toArray: toArray,
    types: types,
    valueOf: valueOf,
    valuesOf: valuesOf,
  };
})(window);
