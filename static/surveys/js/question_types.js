/*
 * The types of question, in the browser: each under its script hook (the
 * `script` of its field type in surveys/field_types/, written in the
 * question's data-hook), in window.SurveyQuestions.types (questions.js, loaded
 * before this file, has the default, `value`, and asks these):
 *
 * - choice: radio buttons (choices, a scale, yes / no);
 * - choices: boxes to tick among choices;
 * - flag: one box (a checkbox question); record: a consent;
 * - matrix: a rating matrix, every line required when the question is;
 * - list: short answers with "Add another" / "Remove";
 * - plan: the steps of an action plan, with "Add a step".
 *
 * A field type whose answer none of these reads adds its entry here.
 */
(function (root) {
  "use strict";

  var questions = root.SurveyQuestions;
  var types = questions.types;
  var toArray = questions.toArray;

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

  /** Radio buttons (choices, a scale, yes / no): the value of the one ticked. */
  types.choice = {
    answer: function (question, inputs) {
      return questions.checkedValue(
        inputs.filter(function (c) {
          return c.type === "radio";
        })
      );
    },
  };

  /** Boxes to tick among choices: the values ticked. */
  types.choices = {
    answer: function (question, inputs) {
      return questions.checkedValues(
        inputs.filter(function (c) {
          return c.type === "checkbox";
        })
      );
    },
  };

  function tickedBox(inputs) {
    var box = inputs.filter(function (c) {
      return c.type === "checkbox";
    })[0];
    return Boolean(box && box.checked);
  }

  function everyVisibleInput(question, inputs) {
    return inputs.filter(function (c) {
      return c.type !== "hidden";
    });
  }

  /** One box (a checkbox question): "True" when ticked. */
  types.flag = {
    answer: function (question, inputs) {
      return tickedBox(inputs) ? "True" : undefined;
    },
    required: everyVisibleInput,
  };

  /** A consent: the record the server keeps when the box is ticked. */
  types.record = {
    answer: function (question, inputs) {
      return tickedBox(inputs) ? { accepted: "True" } : undefined;
    },
    required: everyVisibleInput,
  };

  /** A rating matrix: {line: point}; a required one needs every line. */
  types.matrix = {
    answer: function (question) {
      var lines = {};
      var matrix = question.querySelector("[data-matrix]");
      toArray(matrix.querySelectorAll("input[type=radio]:checked")).forEach(function (c) {
        lines[c.name] = c.value;
      });
      return lines;
    },
    required: function (question, inputs) {
      return inputs;
    },
    problem: function (question, required) {
      var rows = toArray(question.querySelectorAll("[data-matrix-row]"));
      var unanswered = rows.some(function (row) {
        return !row.querySelector("input[type=radio]:checked");
      });
      return required && unanswered ? "every-line" : "";
    },
  };

  /** A list of short answers ("Add another"): the items written. */
  types.list = {
    answer: function (question, inputs) {
      return inputs
        .map(function (c) {
          return c.value.trim();
        })
        .filter(Boolean);
    },
    required: function (question, inputs) {
      return inputs.slice(0, 1);
    },
    setUp: function (question, changed) {
      setUpRepeatable(question.querySelector("[data-repeatable]"), changed);
    },
    grow: function (question, fields) {
      var box = question.querySelector("[data-repeatable]");
      var input = box.querySelector("input");
      if (input && Object.prototype.hasOwnProperty.call(fields, input.name) && box.surveyGrow) {
        box.surveyGrow(fields[input.name].length);
      }
    },
  };

  /** An action plan ("Add a step"): its steps; each needs a goal and a step. */
  types.plan = {
    answer: function (question) {
      var plan = question.querySelector("[data-action-plan]");
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
    },
    required: function (question, inputs) {
      return inputs.filter(function (c) {
        return /-0-(goal|step)$/.test(c.name);
      });
    },
    problem: function (question, required, conditions) {
      var incomplete = questions.answerOf(question).some(function (row) {
        return !row.goal || !row.step;
      });
      return incomplete ? "plan-row" : types.value.problem(question, required, conditions);
    },
    setUp: function (question, changed) {
      setUpPlan(question.querySelector("[data-action-plan]"), changed);
    },
    grow: function (question, fields) {
      var plan = question.querySelector("[data-action-plan]");
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
    },
  };

})(window);
