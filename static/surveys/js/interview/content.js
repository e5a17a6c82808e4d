/*
 * The draft's content, read from the form and put back in it: the answers by
 * field name, the notes, the next appointment, and the review of the open
 * action plan's steps (step-<id>-status, step-<id>-note). The same shape goes
 * to the server (draft saves), to IndexedDB, and comes back from the other
 * tablet in a conflict.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var questions = root.SurveyQuestions;
  var tools = parts.tools;
  var toArray = questions.toArray;
  var isAnswerControl = questions.isAnswerControl;
  var asList = tools.asList;
  var localDateTime = tools.localDateTime;

  /** A field of the action plan's review: [name, step id, "status" | "note"]. */
  var STEP_NAME = /^step-(\d+)-(status|note)$/;

  /** The answers by field name: a list for boxes and repeated fields, else a value. */
  function answersOf(values, listNames, counts) {
    var answers = {};
    Object.keys(values).forEach(function (name) {
      var list = values[name];
      if (listNames[name] || (counts[name] || 0) > 1) {
        answers[name] = list;
      } else if (list.length) {
        answers[name] = list[0];
      }
    });
    return answers;
  }

  parts.content = {
    /** The draft as the server takes it: answers by field name, notes, steps... */
    payload: function () {
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
      return {
        version: this.version,
        position: Math.max(0, this.steps.all.indexOf(this.steps.current)),
        answers: answersOf(values, listNames, counts),
        notes: notes,
        next_appointment: nextAppointment || null,
        steps: steps,
      };
    },

    /** Put a draft (the server's, the tablet's, the other tablet's) in the form. */
    restore: function (draft) {
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
    },

    /** Put a pending send's entries back in the form (after a reload). */
    restoreEntries: function (entries) {
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
    },

    /** Every answer of a draft by field name (lists for comparison and display). */
    flatten: function (draft) {
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
    },
  };
})(window);
