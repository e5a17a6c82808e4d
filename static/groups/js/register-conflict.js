/*
 * The attendance register's conflict (register.js shows it): the marks kept on
 * this tablet and those the server stored meanwhile, person by person, only
 * where they differ, so the coach sees what she chooses between.
 */
(function (root) {
  "use strict";

  /** The person's name, as her row of the register shows it. */
  function nameOf(register, id) {
    var row = register.form.querySelector('[data-participant="' + id + '"] legend');
    return row ? row.textContent.trim() : id;
  }

  /** A mark as its choice on the page reads ("Present"...). */
  function labelOf(register, status) {
    if (!status) {
      return register.text("no_mark");
    }
    var input = register.form.querySelector('input[type="radio"][value="' + status + '"]');
    var label = input && input.closest("label");
    return label ? label.textContent.trim() : register.text("no_mark");
  }

  function same(a, b) {
    return (
      a.status === b.status &&
      (a.note || "") === (b.note || "") &&
      (a.minutes_missed || 0) === (b.minutes_missed || 0)
    );
  }

  /** The table: person, this tablet's mark, the server's. */
  function table(register, mine, theirs) {
    var element = document.createElement("table");
    var head = element.createTHead().insertRow();
    ["conflict_person", "conflict_mine", "conflict_theirs"].forEach(function (key) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = register.text(key);
      head.appendChild(th);
    });
    var body = element.createTBody();
    var ids = Object.keys(mine).concat(Object.keys(theirs)).filter(function (id, i, all) {
      return all.indexOf(id) === i;
    });
    ids.forEach(function (id) {
      var a = mine[id] || {};
      var b = theirs[id] || {};
      if (same(a, b)) {
        return;
      }
      var row = body.insertRow();
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = nameOf(register, id);
      row.appendChild(th);
      row.insertCell().textContent = labelOf(register, a.status);
      row.insertCell().textContent = labelOf(register, b.status);
    });
    return element;
  }

  root.RegisterConflict = { table: table };
})(window);
