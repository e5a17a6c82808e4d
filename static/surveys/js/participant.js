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
 * question_types.js; Back / Next and the progress: steps.js (all loaded
 * before this file).
 */
(function () {
  "use strict";

  var questions = window.SurveyQuestions;
  var toArray = questions.toArray;

  var kiosk = document.body.hasAttribute("data-kiosk");

  // --- read aloud -------------------------------------------------------------

  var synthesis = window.speechSynthesis || null;
  // The voices to try for each language: config/languages.py, via the page.
  var voicesScript = document.getElementById("read-aloud-voices");
  var LANGUAGE_VOICES = voicesScript ? JSON.parse(voicesScript.textContent) : {};

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
    this.progressText = form.querySelector("[data-progress-text]");
    this.intro = form.querySelector("[data-intro]");
    this.send = form.querySelector("[data-send]");
    this.clientId = form.querySelector("[data-client-uuid]");
    var script = document.getElementById("survey-rules");
    this.rules = script ? JSON.parse(script.textContent) : null;
    this.steps = this.stepsOf(form);
  }

  /** One question per screen (steps.js); Next asks for a required answer. */
  Survey.prototype.stepsOf = function (form) {
    var self = this;
    return window.SurveySteps.create({
      steps: this.screens,
      selector: "[data-screen]",
      back: form.querySelector("[data-back]"),
      next: form.querySelector("[data-next]"),
      send: this.send,
      box: form.querySelector("[data-progress]"),
      text: this.progressText,
      bar: form.querySelector("[data-progress-bar]"),
      // "Question 2 of 7", the numbers isolated so right-to-left text keeps them.
      template: this.messages.progress || "{current} / {total}",
      isolate: true,
      rendered: function (position) {
        if (self.intro) {
          self.intro.hidden = position > 0;
        }
      },
      mayLeave: function (screen) {
        if (self.check(screen)) {
          self.focusScreen(screen);
          return false;
        }
        return true;
      },
      arrived: function (screen, focus) {
        stopReading();
        if (focus) {
          self.progressText.focus();
          self.form.scrollIntoView({ block: "start" });
        }
      },
    });
  };

  Survey.prototype.start = function () {
    var self = this;
    this.form.setAttribute("data-enhanced", "");
    if (kiosk && !this.form.hasAttribute("data-bound")) {
      this.clear(); // answers shown again by the server (errors) are hers
    }
    this.clientId.value = questions.newClientId();
    this.apply();
    var steps = this.steps;
    var firstError = this.screens.filter(function (screen) {
      return screen.classList.contains("has-error") && !screen.hasAttribute("data-off");
    })[0];
    steps.show(firstError || steps.visible()[0], false);
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
    steps.listen();
    this.form.addEventListener("submit", function (event) {
      self.apply();
      if (steps.beforeLast()) {
        event.preventDefault(); // Enter in a text field means Next
        steps.goNext();
        return;
      }
      var problems = steps.visible().filter(function (screen) {
        return self.check(screen);
      });
      if (problems.length) {
        event.preventDefault();
        steps.show(problems[0], false);
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
        steps.show(steps.visible()[0], false);
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
    this.steps.render();
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
