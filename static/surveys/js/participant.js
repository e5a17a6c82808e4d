/*
 * The participant's survey, in the browser. The page works without this
 * script (every question in one long form, one Send button); with it:
 *
 * - one question per screen, Back / Next, "Question 2 of 7" and a bar,
 *   counting only the questions the survey's conditions show (conditions.js);
 * - Next asks for an answer to a required question, in the page's words;
 * - "Read aloud" plays the recorded question when there is one, or uses the
 *   browser's speech synthesis when it has a voice for the language (voices
 *   may arrive late: "voiceschanged"); the button stays hidden otherwise;
 * - a client id per submission, so a repeated send is stored once;
 * - on a shared tablet (kiosk): nothing kept in the browser, the form emptied
 *   whenever the page is shown again (Back), and after some minutes without a
 *   touch the tablet goes back to the language choice.
 *
 * Every text shown comes from the page (translated there). Small tools and
 * reading an answer (by the screen's script hook): questions.js and
 * question_types.js (loaded before this file).
 */
(function () {
  "use strict";

  var questions = window.SurveyQuestions;
  var toArray = questions.toArray;

  var kiosk = document.body.hasAttribute("data-kiosk");

  // --- read aloud -------------------------------------------------------------

  var synthesis = window.speechSynthesis || null;
  var LANGUAGE_VOICES = { prs: ["prs", "fa-af", "fa"] };

  function voiceFor(lang) {
    if (!synthesis) {
      return null;
    }
    var wanted = LANGUAGE_VOICES[lang] || [lang];
    var voices = synthesis.getVoices() || [];
    for (var i = 0; i < wanted.length; i += 1) {
      var prefix = wanted[i].toLowerCase();
      for (var j = 0; j < voices.length; j += 1) {
        var voiceLang = (voices[j].lang || "").toLowerCase().replace("_", "-");
        if (voiceLang === prefix || voiceLang.indexOf(prefix + "-") === 0) {
          return voices[j];
        }
      }
    }
    return null;
  }

  var playing = null;

  function stopReading() {
    if (synthesis) {
      synthesis.cancel();
    }
    if (playing) {
      playing.audio.pause();
      playing.button.setAttribute("aria-pressed", "false");
      playing = null;
    }
    toArray(document.querySelectorAll("[data-read-aloud]")).forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
  }

  function textToRead(screen) {
    return toArray(screen.querySelectorAll("[data-speak]"))
      .map(function (element) {
        return element.textContent.trim();
      })
      .filter(Boolean)
      .join(". ");
  }

  function setUpReadAloud() {
    var buttons = toArray(document.querySelectorAll("[data-read-aloud]"));
    function refresh() {
      buttons.forEach(function (button) {
        button.hidden = !(
          button.hasAttribute("data-audio") || voiceFor(button.getAttribute("data-lang"))
        );
      });
    }
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", function () {
        var wasOn = button.getAttribute("aria-pressed") === "true";
        stopReading();
        if (wasOn) {
          return;
        }
        button.setAttribute("aria-pressed", "true");
        var source = button.getAttribute("data-audio");
        if (source) {
          var audio = new Audio(source);
          playing = { audio: audio, button: button };
          audio.addEventListener("ended", stopReading);
          audio.play().catch(stopReading);
          return;
        }
        var voice = voiceFor(button.getAttribute("data-lang"));
        if (!voice) {
          stopReading();
          return;
        }
        var utterance = new SpeechSynthesisUtterance(
          textToRead(button.closest("[data-screen]"))
        );
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        utterance.onend = stopReading;
        utterance.onerror = stopReading;
        synthesis.speak(utterance);
      });
    });
    refresh();
    if (synthesis && typeof synthesis.addEventListener === "function") {
      synthesis.addEventListener("voiceschanged", refresh);
    }
  }

  // --- the survey -----------------------------------------------------------------

  function Survey(form) {
    this.form = form;
    this.screens = toArray(form.querySelectorAll("[data-screen]"));
    this.messages = {};
    toArray(form.querySelectorAll("[data-message]")).forEach(function (element) {
      this.messages[element.getAttribute("data-message")] = element.textContent.trim();
    }, this);
    this.progress = form.querySelector("[data-progress]");
    this.progressText = form.querySelector("[data-progress-text]");
    this.progressBar = form.querySelector("[data-progress-bar]");
    this.intro = form.querySelector("[data-intro]");
    this.back = form.querySelector("[data-back]");
    this.next = form.querySelector("[data-next]");
    this.send = form.querySelector("[data-send]");
    this.clientId = form.querySelector("[data-client-uuid]");
    var script = document.getElementById("survey-rules");
    this.rules = script ? JSON.parse(script.textContent) : null;
    this.current = this.screens[0] || null;
  }

  Survey.prototype.start = function () {
    var self = this;
    this.form.setAttribute("data-enhanced", "");
    if (kiosk && !this.form.hasAttribute("data-bound")) {
      this.clear(); // answers shown again by the server (errors) are hers
    }
    this.clientId.value = questions.newClientId();
    this.apply();
    var firstError = this.screens.filter(function (screen) {
      return screen.classList.contains("has-error") && !screen.hasAttribute("data-off");
    })[0];
    this.show(firstError || this.visible()[0], false);
    if (firstError) {
      var summary = document.querySelector("[data-error-summary]");
      (summary || firstError).focus();
    }
    this.form.addEventListener("change", function (event) {
      self.apply();
      var screen = event.target.closest("[data-screen]");
      if (screen && screen.classList.contains("has-error") && !self.problemOf(screen)) {
        self.clearError(screen);
      }
    });
    this.next.addEventListener("click", function () {
      self.goNext();
    });
    this.back.addEventListener("click", function () {
      self.goBack();
    });
    this.form.addEventListener("submit", function (event) {
      self.apply();
      var visible = self.visible();
      if (visible.indexOf(self.current) < visible.length - 1) {
        event.preventDefault(); // Enter in a text field means Next
        self.goNext();
        return;
      }
      var problems = visible.filter(function (screen) {
        return self.check(screen);
      });
      if (problems.length) {
        event.preventDefault();
        self.show(problems[0], false);
        self.focusScreen(problems[0]);
        return;
      }
      if (self.sending) {
        event.preventDefault(); // a second tap sends nothing more
        return;
      }
      self.sending = true;
      self.send.setAttribute("aria-disabled", "true");
      stopReading();
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && kiosk) {
        self.clear();
        self.clientId.value = questions.newClientId();
        self.apply();
        self.show(self.visible()[0], false);
      }
      self.sending = false;
      self.send.removeAttribute("aria-disabled");
    });
  };

  /** Empty every answer (kiosk: the next person starts clean). */
  Survey.prototype.clear = function () {
    this.form.reset();
    toArray(this.form.querySelectorAll("input, textarea")).forEach(function (input) {
      if (input.type === "radio" || input.type === "checkbox") {
        input.checked = false;
      } else if (input.type !== "hidden") {
        input.value = "";
      }
    });
    this.screens.forEach(this.clearError, this);
  };

  Survey.prototype.inputs = questions.controls;

  /** The screen's answer, read by its type's script hook (data-hook). */
  Survey.prototype.answerOf = questions.answerOf;

  Survey.prototype.answers = function () {
    var answers = {};
    this.screens.forEach(function (screen) {
      var key = screen.getAttribute("data-key");
      var answer = this.answerOf(screen);
      if (screen.hasAttribute("data-matrix")) {
        // As the server reads a matrix: {statement: point}.
        var lines = answers[key] || (answers[key] = {});
        if (answer !== undefined) {
          lines[screen.getAttribute("data-name").slice(key.length + 1)] = answer;
        }
      } else {
        answers[key] = answer;
      }
    }, this);
    return answers;
  };

  /** Hide (and disable) the questions whose condition does not hold. */
  Survey.prototype.apply = function () {
    var conditions = window.SurveyConditions;
    var shown = null;
    if (this.rules && conditions) {
      shown = {};
      conditions.evaluate(this.rules, this.answers()).keys.forEach(function (key) {
        shown[key] = true;
      });
    }
    this.screens.forEach(function (screen) {
      var on = !shown || shown[screen.getAttribute("data-key")] === true;
      screen.toggleAttribute("data-off", !on);
      this.inputs(screen).forEach(function (input) {
        input.disabled = !on;
      });
    }, this);
    this.render();
  };

  Survey.prototype.visible = function () {
    return this.screens.filter(function (screen) {
      return !screen.hasAttribute("data-off");
    });
  };

  Survey.prototype.render = function () {
    var visible = this.visible();
    if (visible.indexOf(this.current) === -1) {
      var before = this.screens
        .slice(0, this.screens.indexOf(this.current) + 1)
        .filter(function (screen) {
          return visible.indexOf(screen) !== -1;
        });
      this.current = before[before.length - 1] || visible[0] || null;
    }
    var current = this.current;
    this.screens.forEach(function (screen) {
      screen.hidden = screen !== current;
    });
    var position = visible.indexOf(current);
    var total = visible.length;
    if (this.intro) {
      this.intro.hidden = position > 0;
    }
    this.progress.hidden = total < 2;
    this.writeProgress(position + 1, total);
    this.progressBar.max = Math.max(total, 1);
    this.progressBar.value = position + 1;
    this.back.hidden = position <= 0;
    this.next.hidden = position >= total - 1;
    this.send.hidden = position < total - 1;
  };

  /** "Question 2 of 7", the numbers isolated so right-to-left text keeps them. */
  Survey.prototype.writeProgress = function (current, total) {
    var template = this.messages.progress || "{current} / {total}";
    var target = this.progressText;
    target.textContent = "";
    template.split(/(\{current\}|\{total\})/).forEach(function (part) {
      if (part === "{current}" || part === "{total}") {
        var number = document.createElement("bdi");
        number.setAttribute("dir", "ltr");
        number.textContent = String(part === "{current}" ? current : total);
        target.appendChild(number);
      } else if (part) {
        target.appendChild(document.createTextNode(part));
      }
    });
  };

  Survey.prototype.show = function (screen, focus) {
    stopReading();
    if (screen) {
      this.current = screen;
    }
    this.render();
    if (focus) {
      this.progressText.focus();
      this.form.scrollIntoView({ block: "start" });
    }
  };

  Survey.prototype.goNext = function () {
    if (this.check(this.current)) {
      this.focusScreen(this.current);
      return;
    }
    var visible = this.visible();
    var next = visible[visible.indexOf(this.current) + 1];
    if (next) {
      this.show(next, true);
    }
  };

  Survey.prototype.goBack = function () {
    var visible = this.visible();
    var previous = visible[visible.indexOf(this.current) - 1];
    if (previous) {
      this.show(previous, true);
    }
  };

  Survey.prototype.problemOf = function (screen) {
    if (!screen || !screen.hasAttribute("data-required")) {
      return "";
    }
    var answered = questions.isAnswered(this.answerOf(screen), window.SurveyConditions);
    return answered ? "" : this.messages.required || "!";
  };

  /** Show or clear the screen's problem; true when there is one. */
  Survey.prototype.check = function (screen) {
    var problem = this.problemOf(screen);
    if (problem) {
      this.showError(screen, problem);
    } else {
      this.clearError(screen);
    }
    return Boolean(problem);
  };

  Survey.prototype.described = function (screen) {
    var group = screen.querySelector("fieldset");
    if (group) {
      return [group];
    }
    return this.inputs(screen);
  };

  Survey.prototype.showError = function (screen, message) {
    var box = screen.querySelector("[data-field-error]");
    var line = document.createElement("p");
    line.textContent = message;
    box.textContent = "";
    box.appendChild(line);
    box.hidden = false;
    screen.classList.add("has-error");
    this.described(screen).forEach(function (element) {
      questions.addToken(element, "aria-describedby", box.id);
    });
  };

  Survey.prototype.clearError = function (screen) {
    var box = screen.querySelector("[data-field-error]");
    if (!box) {
      return;
    }
    box.textContent = "";
    box.hidden = true;
    screen.classList.remove("has-error");
    this.described(screen).forEach(function (element) {
      questions.removeToken(element, "aria-describedby", box.id);
      element.removeAttribute("aria-invalid");
    });
  };

  Survey.prototype.focusScreen = function (screen) {
    var inputs = this.inputs(screen).filter(function (input) {
      return input.type !== "hidden" && !input.disabled;
    });
    var checked = inputs.filter(function (input) {
      return input.checked;
    })[0];
    var target = checked || inputs[0];
    if (target) {
      target.focus();
    }
  };

  // --- shared tablet -------------------------------------------------------------

  function setUpKiosk() {
    if (!kiosk) {
      return;
    }
    // The language choice replaces the page: "Back" cannot reach earlier screens.
    toArray(document.querySelectorAll("a[data-replace]")).forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey) {
          return;
        }
        event.preventDefault();
        window.location.replace(link.href);
      });
    });
    var restart = document.body.getAttribute("data-restart-url");
    var thanks = document.querySelector("[data-kiosk-thanks]");
    if (thanks && window.history.replaceState) {
      window.history.replaceState(null, "", restart);
    }
    var last = Date.now();
    ["pointerdown", "keydown", "input", "touchstart", "scroll"].forEach(function (name) {
      window.addEventListener(
        name,
        function () {
          last = Date.now();
        },
        { passive: true, capture: true }
      );
    });
    window.setInterval(function () {
      var seconds = Number(document.body.getAttribute("data-idle-seconds")) || 180;
      if (Date.now() - last < seconds * 1000) {
        return;
      }
      last = Date.now();
      var form = document.querySelector("[data-participant-form]");
      if (form || document.querySelector("[data-kiosk-thanks]")) {
        stopReading();
        if (form) {
          form.reset();
        }
        window.location.replace(restart);
      }
    }, 1000);
  }

  function start() {
    setUpKiosk();
    toArray(document.querySelectorAll("form[data-participant-form]")).forEach(
      function (form) {
        new Survey(form).start();
      }
    );
    setUpReadAloud();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
