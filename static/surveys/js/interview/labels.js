/*
 * A field and its values as the coach reads them on the page: "Question —
 * statement" for a field name, the text of a choice rather than its code,
 * dates in her language, a section's title. The conflict table and the list
 * of problems use them.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var toArray = root.SurveyQuestions.toArray;
  var tools = parts.tools;
  var textOf = tools.textOf;

  /** A date (or date and time), long, in the page's language; null if it is none. */
  function longDate(control, value) {
    var moment = new Date(value);
    if (isNaN(moment.getTime())) {
      return null;
    }
    try {
      return new Intl.DateTimeFormat(
        document.documentElement.lang || undefined,
        control.type === "date" ? { dateStyle: "long" } : { dateStyle: "long", timeStyle: "short" }
      ).format(moment);
    } catch (error) {
      return value;
    }
  }

  /** What one control shows for a value, or null when the value is not its own. */
  function shownBy(form, control, value) {
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
      return longDate(control, value);
    }
    return null;
  }

  parts.labels = {
    /** "Question — statement" for a field name, as the coach reads it on the page. */
    labelOf: function (name) {
      var control = toArray(this.form.elements).filter(function (element) {
        return element.name === name;
      })[0];
      if (!control) {
        return name;
      }
      var pieces = [];
      var review = control.closest("[data-action-step]");
      if (review) {
        // A step of the action plan under review: "Action plan step — goal · step".
        pieces.push(this.text("step_review"));
        pieces.push(textOf(review.querySelector("legend")));
        if (control.tagName === "TEXTAREA" && control.id) {
          pieces.push(textOf(this.form.querySelector('label[for="' + control.id + '"]')));
        }
      } else {
        var question = control.closest("[data-question]");
        if (question) {
          pieces.push(textOf(question.querySelector(".question-label")));
        }
        var row = control.closest("[data-matrix-row], [data-plan-row]");
        if (row) {
          pieces.push(textOf(row.querySelector("legend")));
        }
        if (control.type !== "radio" && control.type !== "checkbox" && control.id) {
          pieces.push(textOf(this.form.querySelector('label[for="' + control.id + '"]')));
        }
      }
      return (
        pieces
          .filter(function (part, index, all) {
            return part && all.indexOf(part) === index;
          })
          .join(" — ") || name
      );
    },

    /** A value as the page shows it (the text of a choice, not its code). */
    displayOf: function (name, values) {
      var form = this.form;
      var controls = toArray(form.elements).filter(function (element) {
        return element.name === name;
      });
      var shown = (values || []).map(function (value) {
        for (var i = 0; i < controls.length; i += 1) {
          var text = shownBy(form, controls[i], value);
          if (text !== null) {
            return text;
          }
        }
        return value;
      });
      return shown.length ? shown.join(", ") : this.text("no_answer") || "—";
    },

    /** The title of the section at a position, for "Open section". */
    sectionTitle: function (position) {
      var section = this.steps.all[Number(position) || 0];
      return section ? textOf(this.headingOf(section)) : String(position);
    },

    /** A text with {name} filled by an isolated (<bdi>) person's name. */
    withName: function (element, template, name, time) {
      var pieces = tools.fill(template, { name: "\u0000", time: time }).split("\u0000");
      element.appendChild(document.createTextNode(pieces[0]));
      if (pieces.length > 1) {
        var bdi = document.createElement("bdi");
        bdi.textContent = name;
        element.appendChild(bdi);
        element.appendChild(document.createTextNode(pieces.slice(1).join("")));
      }
    },
  };
})(window);
