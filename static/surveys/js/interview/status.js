/*
 * What the interview page says and how it holds still: the texts it reads
 * from #interview-texts, the save state under the header ("Saving…",
 * "Saved at 14:32", "Saved on this tablet, waiting for the network", "Sent"),
 * the offline banner, the fixed header's height, and the lock that keeps the
 * answers still while a send waits or a conflict is open.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var fill = parts.tools.fill;

  parts.status = {
    /** The first of the named texts the page gives (or ""). */
    text: function () {
      for (var i = 0; i < arguments.length; i += 1) {
        var value = this.texts[arguments[i]];
        if (value) {
          return value;
        }
      }
      return "";
    },

    setState: function (state, text) {
      if (!this.state) {
        return;
      }
      this.state.setAttribute("data-state", state);
      this.main.setAttribute("data-save-state", state);
      if (text !== undefined && this.state.textContent !== text) {
        this.state.textContent = text;
      }
    },

    /** "Not saved: <reason>" (or "Not sent: <reason>"). */
    notSaved: function (reason, key) {
      var template = this.text(key || "not_saved");
      if (/\{reason\}|%\(reason\)s/.test(template)) {
        return fill(template, { reason: reason || "" });
      }
      return reason ? template + " " + reason : template;
    },

    /** "Saved" or "Saved at 14:32". */
    savedText: function (when) {
      var template = this.text("saved_at");
      var moment = when ? new Date(when) : null;
      if (!template || !moment || isNaN(moment.getTime())) {
        return this.text("saved");
      }
      var time;
      try {
        time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
          hour: "2-digit",
          minute: "2-digit",
        }).format(moment);
      } catch (error) {
        time = moment.toLocaleTimeString();
      }
      return fill(template, { time: time });
    },

    /** "No network. You can go on..." while offline. */
    banner: function (online) {
      if (this.offlineBanner) {
        this.offlineBanner.hidden = online;
      }
    },

    /** The fixed header must not hide the focused field (WCAG 2.4.11). */
    watchHeader: function () {
      var header = document.querySelector("[data-interview-header], .interview-header");
      if (!header) {
        return;
      }
      var root = document.documentElement;
      var measure = function () {
        root.style.setProperty("--interview-header-height", header.offsetHeight + "px");
      };
      measure();
      window.addEventListener("resize", measure);
      if (window.ResizeObserver) {
        new ResizeObserver(measure).observe(header);
      }
    },

    /** While a send waits or a conflict is open, the answers cannot change. */
    lock: function (locked) {
      var steps = this.steps;
      steps.all.forEach(function (section) {
        section.inert = locked;
      });
      [steps.back, steps.next].forEach(function (button) {
        if (button) {
          button.disabled = locked;
        }
      });
      if (steps.send) {
        steps.send.disabled = locked;
      }
      if (locked) {
        this.form.setAttribute("aria-busy", "true");
      } else {
        this.form.removeAttribute("aria-busy");
      }
    },
  };
})(window);
