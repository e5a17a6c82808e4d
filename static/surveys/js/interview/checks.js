/*
 * The checks before sending, as the server would make them: each problem
 * next to its field (a question, or a lone field such as a step of the plan
 * under review) and the list at the top (#errors), focused, each a link to
 * its field. The server's own refusal (400) is shown the same way.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var questions = root.SurveyQuestions;
  var toArray = questions.toArray;
  var addToken = questions.addToken;
  var removeToken = questions.removeToken;
  var isAnswerControl = questions.isAnswerControl;
  var asList = parts.tools.asList;
  var textOf = parts.tools.textOf;

  /** The first field of a list a person can reach (for a link to it). */
  function firstShown(controls) {
    return controls.filter(function (c) {
      return c.type !== "hidden" && !c.disabled;
    })[0];
  }

  parts.checks = {
    /** What is wrong with the answer to a shown question, or "" (mirrors the server). */
    problemOf: function (question) {
      var problem = questions.problemOf(question, this.conditions);
      return problem ? this.text(problem.replace("-", "_"), "required") : "";
    },

    /** The error box of a field outside the form's questions (a plan step under review). */
    loneErrorBox: function (control) {
      return (
        document.getElementById(control.name + "_error") ||
        (control.id && document.getElementById(control.id + "_error")) ||
        null
      );
    },

    errorBoxOf: function (question, control) {
      var box =
        (question && question.querySelector("[data-field-error]")) || this.loneErrorBox(control);
      if (box) {
        return box;
      }
      var anchor = control.closest("fieldset") || control;
      box = document.createElement("div");
      box.id = (control.id || control.name) + "_error";
      box.className = "field-error";
      box.setAttribute("data-field-error", "");
      anchor.parentNode.insertBefore(box, anchor.nextSibling);
      return box;
    },

    describedElements: function (question, controls) {
      var group = question && question.querySelector(".question-group");
      if (group) {
        return [group];
      }
      return controls.filter(function (c) {
        return c.type !== "hidden";
      });
    },

    /** Show an error next to a question (or next to a lone field, such as a plan step). */
    showError: function (question, message, controls) {
      controls = controls || this.controls(question);
      if (!controls.length) {
        return null;
      }
      var box = this.errorBoxOf(question, controls[0]);
      var line = document.createElement("p");
      var prefix = document.createElement("span");
      prefix.className = "visually-hidden";
      prefix.textContent = this.text("error_prefix", "error") + " ";
      line.appendChild(prefix);
      line.appendChild(document.createTextNode(message));
      box.textContent = "";
      box.appendChild(line);
      box.hidden = false;
      if (question) {
        question.classList.add("has-error");
      }
      this.describedElements(question, controls).forEach(function (element) {
        addToken(element, "aria-describedby", box.id);
      });
      controls.forEach(function (c) {
        if (c.type !== "hidden") {
          c.setAttribute("aria-invalid", "true");
        }
      });
      return box;
    },

    clearError: function (question, controls) {
      controls = controls || this.controls(question);
      if (!controls.length) {
        return;
      }
      var box = question
        ? question.querySelector("[data-field-error]")
        : this.loneErrorBox(controls[0]);
      if (!box) {
        return;
      }
      box.textContent = "";
      box.hidden = true;
      if (question) {
        question.classList.remove("has-error");
      }
      this.describedElements(question, controls).forEach(function (element) {
        removeToken(element, "aria-describedby", box.id);
      });
      controls.forEach(function (c) {
        c.removeAttribute("aria-invalid");
      });
    },

    clearAllErrors: function () {
      this.questions.forEach(function (question) {
        this.clearError(question);
      }, this);
      toArray(this.form.querySelectorAll("[aria-invalid]")).forEach(function (control) {
        control.removeAttribute("aria-invalid");
      });
      toArray(this.form.querySelectorAll(".field-error[data-field-error]")).forEach(
        function (box) {
          if (!box.closest("[data-question]")) {
            box.hidden = true;
            box.textContent = "";
          }
        }
      );
      if (this.errorsBox) {
        this.errorsBox.hidden = true;
        var list = this.errorsBox.querySelector("[data-error-list]");
        if (list) {
          list.textContent = "";
        }
      }
    },

    /** The list of problems at the top (#errors), focused, each a link to its field. */
    showSummary: function (items, message) {
      var box = this.errorsBox;
      if (!box) {
        return;
      }
      var title = box.querySelector("h2");
      if (!title) {
        title = document.createElement("h2");
        title.id = "errors-title";
        box.insertBefore(title, box.firstChild);
        box.setAttribute("aria-labelledby", title.id);
      }
      if (!title.textContent.trim()) {
        title.textContent = this.text("errors_title") || message || "";
      }
      var list = box.querySelector("[data-error-list]");
      if (!list) {
        list = document.createElement("ul");
        list.setAttribute("data-error-list", "");
        box.appendChild(list);
      }
      list.textContent = "";
      if (message && message !== title.textContent) {
        items = [{ control: null, label: "", message: message }].concat(items);
      }
      items.forEach(function (item) {
        list.appendChild(this.summaryItem(item));
      }, this);
      box.hidden = false;
      if (!box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "-1");
      }
      window.scrollTo(0, 0);
      box.focus();
    },

    /** One problem of the list: a link that opens its section and focuses the field. */
    summaryItem: function (item) {
      var steps = this.steps;
      var li = document.createElement("li");
      if (!item.control) {
        li.textContent = item.message;
        return li;
      }
      var link = document.createElement("a");
      link.href = "#" + (item.control.id || "");
      link.textContent = item.label ? item.label + ": " + item.message : item.message;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var section = steps.stepOf(item.control);
        if (section) {
          steps.show(section, false);
        }
        item.control.focus();
      });
      li.appendChild(link);
      return li;
    },

    /** Every shown question of every shown section checked; the problems, in order. */
    checkAll: function () {
      var items = [];
      this.steps.visible().forEach(function (section) {
        this.questions.forEach(function (question) {
          if (this.steps.stepOf(question) !== section || question.hidden) {
            return;
          }
          var problem = this.problemOf(question);
          if (problem) {
            this.showError(question, problem);
            items.push({
              control: firstShown(this.controls(question)),
              label: textOf(question.querySelector(".question-label")),
              message: problem,
            });
          } else {
            this.clearError(question);
          }
        }, this);
      }, this);
      return items;
    },

    /** The server's 400: each message next to its field, and the list at the top. */
    showServerErrors: function (errors, message) {
      var self = this;
      var all = this.steps.all;
      var items = [];
      var first = null;
      Object.keys(errors || {}).forEach(function (name) {
        var messages = asList(errors[name]).join(" ");
        var controls = toArray(self.form.elements).filter(function (element) {
          return element.name === name && isAnswerControl(element);
        });
        var question = self.form.querySelector('[data-question="' + name + '"]');
        if (!controls.length && question) {
          controls = self.controls(question);
        }
        if (!controls.length) {
          items.push({ control: null, label: "", message: messages });
          return;
        }
        question = question || controls[0].closest("[data-question]");
        self.showError(question, messages, question ? null : controls);
        var section = self.steps.stepOf(controls[0]);
        if (!first || all.indexOf(section) < all.indexOf(first)) {
          first = section;
        }
        items.push({
          control: controls.filter(function (c) {
            return c.type !== "hidden";
          })[0] || controls[0],
          label: question ? textOf(question.querySelector(".question-label")) : self.labelOf(name),
          message: messages,
        });
      });
      if (first) {
        this.steps.show(first, false);
      }
      this.showSummary(items, message);
    },
  };
})(window);
