/*
 * Referral screens that update themselves: the lists (the coach's inbox, the
 * social worker's referrals), a referral's page and a participant's page (her
 * referrals: a move, an interview sent, an attendance recorded).
 *
 * Rows come over the notifications' socket (notifications.js hands each one
 * over as a "cpas:row" event); the server sends a row only to the people who may
 * see it. While the socket is down the page says so and asks the server every
 * few seconds what moved since the last move it knows of.
 */
(function () {
  "use strict";

  var script = document.querySelector("script[data-cpas-live-rows]");
  if (!script) return;
  var rowsUrl = script.dataset.rowsUrl;
  var seconds = parseInt(script.dataset.pollSeconds, 10) || 15;
  var timer = null;
  var after = null;
  var offline = false;

  function host() {
    return document.querySelector(
      "[data-cpas-live-list], [data-cpas-live-referral], [data-cpas-live-participant]"
    );
  }

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function label(state) {
    var labels = readJson("cpas-state-labels") || {};
    return labels[state] || state;
  }

  function cell(text) {
    var td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  function newRow(list, row) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-referral", String(row.id));
    var title = cell("");
    title.className = "title";
    var wrapper = document.createElement("div");
    wrapper.className = "title-wrapper";
    var link = document.createElement("a");
    link.href = list.dataset.detailUrl.replace(/\/0\/$/, "/" + row.id + "/");
    var name = document.createElement("bdi");
    name.textContent = row.participant;
    link.appendChild(name);
    var mark = document.createElement("span");
    mark.className = "w-status w-status--primary";
    mark.setAttribute("data-cpas-live-new", "");
    mark.textContent = list.dataset.new;
    wrapper.appendChild(link);
    wrapper.appendChild(document.createTextNode(" "));
    wrapper.appendChild(mark);
    title.appendChild(wrapper);
    tr.appendChild(title);
    tr.appendChild(cell(row.programme));
    var state = cell("");
    var tag = document.createElement("span");
    tag.className = "w-status";
    tag.setAttribute("data-cell", "state");
    state.appendChild(tag);
    tr.appendChild(state);
    var since = cell("");
    since.setAttribute("data-cell", "since");
    tr.appendChild(since);
    var lang = document.documentElement.lang || undefined;
    tr.appendChild(
      cell(
        list.dataset.showsAntenna === "true"
          ? row.antenna
          : new Date(row.created_at).toLocaleDateString(lang)
      )
    );
    return tr;
  }

  function showInList(list, row) {
    var table = document.querySelector("[data-cpas-live-table]");
    if (!table) return;
    var tr = table.querySelector('tr[data-referral="' + row.id + '"]');
    if (!tr) {
      var states = readJson("cpas-live-states") || [];
      if (states.indexOf(row.state) < 0) return;
      tr = newRow(list, row);
      table.tBodies[0].insertBefore(tr, table.tBodies[0].firstChild);
      table.hidden = false;
      var empty = document.querySelector("[data-cpas-live-empty]");
      if (empty) empty.hidden = true;
    }
    tr.querySelector('[data-cell="state"]').textContent = label(row.state);
    if (row.event === "moved") {
      tr.querySelector('[data-cell="since"]').textContent = list.dataset.justNow;
    }
    tr.setAttribute("data-cpas-live-updated", row.event);
  }

  function say(page, text) {
    var message = page.querySelector("[data-cpas-live-message]");
    message.textContent = text + " ";
    var reload = document.createElement("a");
    reload.href = window.location.href;
    reload.textContent = page.dataset.reload;
    message.appendChild(reload);
    message.hidden = false;
  }

  function showOnPage(page, row) {
    if (String(row.id) !== page.dataset.cpasLiveReferral) return;
    if (row.event === "form_sent") {
      say(page, page.dataset.formSent);
    } else if (row.event === "moved") {
      page.querySelector('[data-cell="state"]').textContent = label(row.state);
      say(page, page.dataset.moved.replace("%(state)s", label(row.state)));
    }
  }

  function showOnParticipant(page, row) {
    if (String(row.participant_id) !== page.dataset.cpasLiveParticipant) return;
    var texts = {
      moved: page.dataset.moved,
      form_sent: page.dataset.formSent,
      attendance: page.dataset.attendance,
    };
    if (!texts[row.event]) return;
    var tr = page.querySelector('tr[data-referral="' + row.id + '"]');
    if (tr && row.event === "moved") {
      tr.querySelector('[data-cell="state"]').textContent = label(row.state);
    }
    if (tr) tr.setAttribute("data-cpas-live-updated", row.event);
    say(
      page,
      texts[row.event]
        .replace("%(programme)s", row.programme)
        .replace("%(state)s", label(row.state))
    );
  }

  function show(row) {
    var target = host();
    if (!target) return;
    if (target.hasAttribute("data-cpas-live-list")) showInList(target, row);
    else if (target.hasAttribute("data-cpas-live-participant")) {
      showOnParticipant(target, row);
    } else showOnPage(target, row);
  }

  // --- without a socket: say so, and poll ----------------------------------
  function poll() {
    var target = host();
    if (!target) return;
    if (after === null) after = parseInt(target.dataset.after, 10) || 0;
    fetch(rowsUrl + "?after=" + after, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data) return;
        after = data.latest;
        data.rows.forEach(show);
      })
      .catch(function () {});
  }

  function setOffline(value) {
    var note = document.querySelector("[data-cpas-live-offline]");
    if (note) note.hidden = !value;
    if (value && timer === null) {
      poll();
      timer = window.setInterval(poll, seconds * 1000);
    } else if (!value && timer !== null) {
      window.clearInterval(timer);
      timer = null;
      poll(); // what moved while the socket was down
    }
    offline = value;
  }

  document.addEventListener("cpas:row", function (event) {
    show(event.detail);
  });
  document.addEventListener("cpas:socket", function (event) {
    if (event.detail.state === "open") setOffline(false);
    else if (event.detail.state === "closed" && !offline) setOffline(true);
  });
  if (document.documentElement.getAttribute("data-cpas-socket") === "closed") {
    setOffline(true);
  }
})();
