/* The fund report's charts: the figures come from the page's
 * ``fund-report-charts`` JSON (the same figures as the tables beside them). */
(function () {
  "use strict";

  function draw() {
    var source = document.getElementById("fund-report-charts");
    if (!source || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    data.sections.forEach(function (section) {
      var canvas = document.querySelector(
        'canvas[data-chart="' + section.key + '"]'
      );
      if (!canvas) {
        return;
      }
      new window.Chart(canvas, {
        type: "bar",
        data: {
          labels: section.labels,
          datasets: [
            {
              label: section.label,
              data: section.values,
              backgroundColor: "#007d7e",
            },
          ],
        },
        options: {
          indexAxis: "y",
          animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true } },
        },
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
