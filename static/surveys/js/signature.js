/*
 * A signature question (the field type `signature`, script hook "signature"):
 * a box to sign in, drawn with the vendored signature_pad
 * (vendor/signature_pad/signature_pad.umd.min.js, loaded before this file).
 * The drawing is kept as a PNG data address in the question's text area, so
 * the interview's draft (kept on the tablet offline) and the form's send carry
 * it like any answer; a kept drawing is drawn again when the draft comes back.
 * The text area is filled only once something is drawn: an empty box is an
 * unanswered question.
 */
(function (root) {
  "use strict";

  var questions = root.SurveyQuestions;
  var types = questions.types;

  function setUpBox(box, changed) {
    var canvas = box.querySelector("[data-signature-box]");
    var value = box.querySelector("[data-signature-value]");
    var clear = box.querySelector("[data-signature-clear]");
    var state = box.querySelector("[data-signature-state]");
    if (!canvas || !value || typeof root.SignaturePad !== "function") {
      return;
    }
    var pad = new root.SignaturePad(canvas, { penColor: "#111111", minWidth: 1, maxWidth: 3 });

    function show() {
      var signed = Boolean(value.value);
      state.textContent = box.getAttribute(signed ? "data-signed" : "data-unsigned");
      clear.hidden = !signed;
    }

    function draw(url) {
      pad.clear();
      if (url) {
        pad.fromDataURL(url, {
          ratio: 1,
          width: canvas.offsetWidth || canvas.width,
          height: canvas.offsetHeight || canvas.height,
        });
      }
    }

    /** Match the canvas's pixels to its size on screen (0 while its step is hidden). */
    function fit() {
      var ratio = Math.max(root.devicePixelRatio || 1, 1);
      var width = canvas.offsetWidth;
      var height = canvas.offsetHeight;
      if (!width || canvas.width === Math.round(width * ratio)) {
        return;
      }
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext("2d").scale(ratio, ratio);
      draw(value.value);
    }

    pad.addEventListener("endStroke", function () {
      value.value = pad.toDataURL("image/png");
      show();
      changed();
    });
    clear.addEventListener("click", function () {
      pad.clear();
      value.value = "";
      show();
      changed();
      canvas.focus();
    });
    canvas.addEventListener("pointerdown", fit, true);
    if (typeof root.ResizeObserver === "function") {
      new root.ResizeObserver(fit).observe(canvas);
    }
    root.addEventListener("resize", fit);
    box.surveyRedraw = function (url) {
      value.value = url || "";
      draw(value.value);
      show();
    };
    fit();
    draw(value.value);
    show();
  }

  types.signature = {
    // The text area is filled by drawing: it never gets `required` itself.
    required: function () {
      return [];
    },
    setUp: function (question, changed) {
      setUpBox(question.querySelector("[data-signature]"), changed);
    },
    grow: function (question, fields) {
      var box = question.querySelector("[data-signature]");
      var name = box.querySelector("[data-signature-value]").name;
      if (box.surveyRedraw) {
        box.surveyRedraw((fields[name] || [])[0]);
      }
    },
  };
})(window);
