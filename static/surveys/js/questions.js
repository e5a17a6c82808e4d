/*
 * The questions of a survey page, read and grown in the browser: what the
 * filling form (form.js), the interview mode (interview.js) and the
 * participant's survey (participant.js) share.
 *
 * - answerOf(question): a question's answer exactly as the server reads it,
 *   for conditions.js (strings, lists, "True", an object for a matrix);
 * - requiredTargets(question): the inputs that get `required`;
 * - problemOf(question, conditions): what is wrong with an answer, as a key
 *   ("invalid", "every-line", "plan-row", "required") each page words itself;
 * - "Add another" / "Remove" for lists, "Add a step" for action plans, and
 *   growing them back to a kept number of items (growLists);
 * - the values an input holds and putting them back (valuesOf, setValues);
 * - small tools: toArray, newClientId, addToken / removeToken.
 *
 * Loaded before those scripts (and steps.js, which shows and hides the
 * questions as the conditions say); it exposes window.SurveyQuestions and has
 * no text of its own.
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

  // --- lists: "Add another" / "Remove" ---------------------------------------

  function setUpRepeatable(box, changed) {
    var list = box.querySelector("[data-items]");
    var add = box.querySelector("[data-add]");
    var limit = box.querySelector("[data-limit]");
    var max = Number(box.getAttribute("data-max-items")) || 1;
    if (!list || !add) {
      return;
    }

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
    if (!list || !add) {
      return;
    }

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

  /** Every list and action plan of a form, set up; `changed` runs after each edit. */
  function setUpLists(form, changed) {
    toArray(form.querySelectorAll("[data-repeatable]")).forEach(function (box) {
      setUpRepeatable(box, changed);
    });
    toArray(form.querySelectorAll("[data-action-plan]")).forEach(function (plan) {
      setUpPlan(plan, changed);
    });
  }

  /** Grow the lists and plans so that every kept value ({name: [values]}) has an input. */
  function growLists(form, fields) {
    var own = Object.prototype.hasOwnProperty;
    toArray(form.querySelectorAll("[data-repeatable]")).forEach(function (box) {
      var input = box.querySelector("input");
      if (input && own.call(fields, input.name) && box.surveyGrow) {
        box.surveyGrow(fields[input.name].length);
      }
    });
    toArray(form.querySelectorAll("[data-action-plan]")).forEach(function (plan) {
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
      if (plan.surveyGrow) {
        plan.surveyGrow(rows);
      }
    });
  }

  // --- answers -----------------------------------------------------------------

  function controls(question) {
    return toArray(question.querySelectorAll("input, select, textarea"));
  }

  /** The answer as the server will read it (see conditions.js). */
  function answerOf(question) {
    var inputs = controls(question);
    var kind = question.getAttribute("data-answer");
    if (kind === "flag" || kind === "record") {
      var box = inputs.filter(function (c) {
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
      return inputs
        .map(function (c) {
          return c.value.trim();
        })
        .filter(Boolean);
    }
    var radios = inputs.filter(function (c) {
      return c.type === "radio";
    });
    if (radios.length) {
      return checkedValue(radios);
    }
    var boxes = inputs.filter(function (c) {
      return c.type === "checkbox";
    });
    if (boxes.length) {
      return checkedValues(boxes);
    }
    return valueOf(inputs[0]);
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

  /** Inputs that get the `required` attribute when their question is required. */
  function requiredTargets(question) {
    var inputs = controls(question);
    if (question.querySelector("[data-matrix]")) {
      return inputs;
    }
    if (question.querySelector("[data-repeatable]")) {
      return inputs.slice(0, 1);
    }
    if (question.querySelector("[data-action-plan]")) {
      return inputs.filter(function (c) {
        return /-0-(goal|step)$/.test(c.name);
      });
    }
    return inputs.filter(function (c) {
      // A group of checkboxes needs one ticked, not each.
      return c.type !== "hidden" && (c.type !== "checkbox" || question.hasAttribute("data-answer"));
    });
  }

  // --- conditions and checks ----------------------------------------------------

  /** Whether an answer counts as given (conditions.js's rule, if it is there). */
  function isAnswered(answer, conditions) {
    if (conditions) {
      return conditions.isAnswered(answer);
    }
    return answer !== undefined && answer !== "" && !(answer.length === 0);
  }

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
    var required = question.hasAttribute("data-required");
    var matrix = question.querySelector("[data-matrix]");
    if (matrix) {
      var rows = toArray(matrix.querySelectorAll("[data-matrix-row]"));
      var unanswered = rows.some(function (row) {
        return !row.querySelector("input[type=radio]:checked");
      });
      return required && unanswered ? "every-line" : "";
    }
    var answer = answerOf(question);
    if (question.querySelector("[data-action-plan]")) {
      var incomplete = answer.some(function (row) {
        return !row.goal || !row.step;
      });
      if (incomplete) {
        return "plan-row";
      }
    }
    return required && !isAnswered(answer, conditions) ? "required" : "";
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
    valueOf: valueOf,
    valuesOf: valuesOf,
  };
})(window);
