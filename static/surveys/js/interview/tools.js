/*
 * The interview mode's small tools (interview.js and its parts in this
 * folder): reading the page's JSON, the CSRF cookie, a field's visible text,
 * answers as lists, dates as the page shows them.
 *
 * Loaded first of the interview's parts (after static/js/offline-store.js,
 * whose cookie reader it hands on); it starts window.InterviewParts, which
 * each part fills and interview.js assembles.
 */
(function (root) {
  "use strict";

  var parts = (root.InterviewParts = root.InterviewParts || {});
  var toArray = root.SurveyQuestions.toArray;

  /** The JSON of a <script type="application/json" id=...>, or null. */
  function jsonScript(id) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    try {
      return JSON.parse(element.textContent);
    } catch (error) {
      return null;
    }
  }

  /** An element's text as read aloud: no required mark, no hidden words. */
  function textOf(element) {
    if (!element) {
      return "";
    }
    var copy = element.cloneNode(true);
    toArray(copy.querySelectorAll(".required-mark, .visually-hidden, [aria-hidden=true]")).forEach(
      function (node) {
        node.remove();
      }
    );
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function asList(value) {
    if (value === null || value === undefined) {
      return [];
    }
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }

  /** What a datetime-local input takes from an ISO date and time. */
  function localDateTime(value) {
    var text = value ? String(value) : "";
    var match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(text);
    return match ? match[1] + "T" + match[2] : text;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  /** A date and time, short, in the page's language ("" when there is none). */
  function formatMoment(iso) {
    var moment = iso ? new Date(iso) : null;
    if (!moment || isNaN(moment.getTime())) {
      return "";
    }
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        dateStyle: "short",
        timeStyle: "short",
      }).format(moment);
    } catch (error) {
      return moment.toLocaleString();
    }
  }

  parts.tools = {
    asList: asList,
    cookie: root.OfflineStore.cookie, // static/js/offline-store.js
    fill: root.SurveySteps.fill,
    formatMoment: formatMoment,
    jsonScript: jsonScript,
    localDateTime: localDateTime,
    same: same,
    textOf: textOf,
  };
})(window);
