/*
 * Conflicts: the draft was saved meanwhile on another tablet, and the server
 * refused this tablet's save with both versions (409). The coach sees them
 * side by side, question by question (hers ticked by default), and keeps
 * what she ticked, her version whole or the other one whole. Until she
 * chose, her version stays on the tablet and the answers are locked.
 *
 * Methods of the interview (interview.js assembles them).
 */
(function (root) {
  "use strict";

  var parts = root.InterviewParts;
  var toArray = root.SurveyQuestions.toArray;
  var same = parts.tools.same;

  /**
   * One answer of the table: the whole cell is the radio button's label, so
   * the coach taps the version to keep (`which`: "mine" or "theirs").
   */
  function choiceCell(row, number, name, which, text, headerId) {
    var cell = row.insertCell();
    cell.setAttribute(which === "mine" ? "data-mine" : "data-theirs", "");
    var label = document.createElement("label");
    label.className = "conflict-choice";
    var input = document.createElement("input");
    input.type = "radio";
    input.name = "conflict-choice-" + number;
    input.value = which;
    input.checked = which === "mine";
    input.setAttribute("data-conflict-choice", name);
    input.setAttribute("aria-describedby", headerId);
    var span = document.createElement("span");
    span.textContent = text;
    label.appendChild(input);
    label.appendChild(span);
    cell.appendChild(label);
  }

  /** A row of the table: the question, then her answer and the other one. */
  function addChoiceRow(body, name, label, valueMine, valueTheirs) {
    var number = body.rows.length + 1;
    var row = body.insertRow();
    row.setAttribute("data-conflict-field", name);
    var th = document.createElement("th");
    th.scope = "row";
    th.id = "conflict-question-" + number;
    th.textContent = label;
    row.appendChild(th);
    choiceCell(row, number, name, "mine", valueMine, th.id);
    choiceCell(row, number, name, "theirs", valueTheirs, th.id);
  }

  parts.conflict = {
    /** The field names whose answers differ, in the order of the form. */
    differences: function (mine, theirs) {
      var a = this.flatten(mine);
      var b = this.flatten(theirs);
      var names = [];
      toArray(this.form.elements).forEach(function (element) {
        if (element.name && names.indexOf(element.name) === -1) {
          names.push(element.name);
        }
      });
      Object.keys(a)
        .concat(Object.keys(b))
        .forEach(function (name) {
          if (names.indexOf(name) === -1) {
            names.push(name);
          }
        });
      return names.filter(function (name) {
        var x = (a[name] || []).slice().sort();
        var y = (b[name] || []).slice().sort();
        return (a[name] || b[name]) && !same(x, y);
      });
    },

    /** Both versions, question by question; the coach keeps hers or the other one. */
    showConflict: function (server, message) {
      var mine = this.payload(); // what the coach sees is hers, even typed since
      var names = this.differences(mine, server);
      if (!names.length) {
        // Same answers on both tablets: nothing to choose, save on top of theirs.
        this.keepMine(server);
        return;
      }
      var box = this.conflictBox;
      if (!box) {
        this.keepMine(server); // no room to ask: never lose the coach's answers
        return;
      }
      this.inConflict = true;
      this.conflictServer = server;
      // Kept on the tablet until she chose: a reload asks again, nothing is lost.
      this.record = this.draftRecord(this.record ? this.record.base : this.revision, mine);
      this.lastJson = JSON.stringify(mine);
      this.keep(this.record);

      var list = box.querySelector("[data-conflict-list]") || box;
      list.textContent = "";
      var note = this.text("differences_only");
      if (note) {
        var p = document.createElement("p");
        p.className = "help";
        p.textContent = note;
        list.appendChild(p);
      }
      list.appendChild(this.conflictTable(mine, server, names));

      this.bindConflictButtons();
      box.hidden = false;
      this.lock(true);
      this.setState("conflict", this.text("conflict_title"));
      if (!box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "-1");
      }
      window.scrollTo(0, 0);
      box.focus();
    },

    /** The table of the differences (and of the open section, if it differs). */
    conflictTable: function (mine, server, names) {
      var self = this;
      var wrap = document.createElement("div");
      wrap.className = "conflict-table";
      var table = document.createElement("table");
      table.createTHead().appendChild(this.conflictHead(server));
      var body = table.createTBody();
      var a = this.flatten(mine);
      var b = this.flatten(server);
      names.forEach(function (name) {
        addChoiceRow(
          body,
          name,
          self.labelOf(name),
          self.displayOf(name, a[name]),
          self.displayOf(name, b[name])
        );
      });
      if (Number(mine.position) !== Number(server.position) && this.text("section_position")) {
        addChoiceRow(
          body,
          "position",
          this.text("section_position"),
          this.sectionTitle(mine.position),
          this.sectionTitle(server.position)
        );
      }
      wrap.appendChild(table);
      return wrap;
    },

    /** "Question · Mine · Saved by <name> at <time>". */
    conflictHead: function (server) {
      var head = document.createElement("tr");
      var theirsHead = document.createElement("th");
      [this.text("question"), this.text("mine"), null].forEach(function (label) {
        var th = label === null ? theirsHead : document.createElement("th");
        th.scope = "col";
        if (label !== null) {
          th.textContent = label;
        }
        head.appendChild(th);
      });
      if (server.updated_by && this.text("theirs")) {
        this.withName(
          theirsHead,
          this.text("theirs"),
          server.updated_by,
          parts.tools.formatMoment(server.updated_at)
        );
      } else {
        theirsHead.textContent = this.text("theirs_unknown", "keep_theirs");
      }
      return head;
    },

    bindConflictButtons: function () {
      var self = this;
      var box = this.conflictBox;
      if (box.hasAttribute("data-bound")) {
        return;
      }
      box.setAttribute("data-bound", "");
      var choices = { chosen: "keepChosen", mine: "keepMine", theirs: "keepTheirs" };
      ["chosen", "mine", "theirs"].forEach(function (which) {
        var button = box.querySelector('[data-keep="' + which + '"]');
        if (button) {
          button.addEventListener("click", function () {
            if (self.conflictServer) {
              self[choices[which]](self.conflictServer);
            }
          });
        }
      });
    },

    closeConflict: function () {
      this.inConflict = false;
      this.conflictServer = null;
      if (this.conflictBox) {
        this.conflictBox.hidden = true;
        var list = this.conflictBox.querySelector("[data-conflict-list]");
        if (list) {
          list.textContent = "";
        }
      }
      this.lock(false);
    },

    /** Save the coach's version on top of the other one (which she has seen). */
    keepMine: function (server) {
      var self = this;
      this.revision = Number(server.revision) || this.revision;
      this.main.dataset.revision = String(this.revision);
      var payload = this.payload();
      this.record = this.draftRecord(this.revision, payload);
      this.lastJson = JSON.stringify(payload);
      this.closeConflict();
      this.focusCurrent();
      this.setState("saving", this.text("saving"));
      return this.keep(this.record).then(function () {
        self.sync();
      });
    },

    /**
     * Question by question, the version the coach ticked in the conflict table
     * (hers where she ticked nothing), saved on top of the other one.
     */
    keepChosen: function (server) {
      var theirs = {};
      toArray(this.conflictBox.querySelectorAll("input[data-conflict-choice]")).forEach(
        function (input) {
          if (input.checked && input.value === "theirs") {
            theirs[input.getAttribute("data-conflict-choice")] = true;
          }
        }
      );
      if (!Object.keys(theirs).length) {
        return this.keepMine(server);
      }
      var mine = this.payload();
      var a = this.flatten(mine);
      var b = this.flatten(server);
      var entries = [];
      Object.keys(a)
        .concat(Object.keys(b))
        .forEach(function (name, index, names) {
          if (names.indexOf(name) !== index || name === "position") {
            return;
          }
          var values = (theirs[name] ? b[name] : a[name]) || [];
          if (!values.length) {
            entries.push([name, ""]); // chosen empty: cleared, not left as it was
          }
          values.forEach(function (value) {
            entries.push([name, value]);
          });
        });
      this.restoreEntries(entries);
      this.apply();
      var position = theirs.position ? server.position : mine.position;
      this.steps.jump(this.steps.all[Number(position) || 0]);
      return this.keepMine(server);
    },

    /** Take the other tablet's version; the coach's own is dropped by her choice. */
    keepTheirs: function (server) {
      this.revision = Number(server.revision) || this.revision;
      this.main.dataset.revision = String(this.revision);
      this.record = null;
      this.stored = false;
      this.store.remove("drafts", this.key);
      this.closeConflict();
      this.restore(server);
      this.apply();
      this.steps.jump(this.steps.all[Number(server.position) || 0]);
      this.lastJson = JSON.stringify(this.payload());
      this.focusCurrent();
      this.setState("saved", this.text("saved"));
    },
  };
})(window);
