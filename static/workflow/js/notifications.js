/*
 * The notification bell of the Wagtail admin.
 *
 * A WebSocket brings new notifications live; on every (re)connection the server
 * replays what came after the last id this browser saw. While the socket is down
 * the bell polls. Reconnection waits 1 s, 2 s, 4 s ... up to 30 s, with jitter.
 *
 * The same socket carries the rows of the referral screens: each is handed to
 * the page as a "cpas:row" event (live_rows.js shows it), and every change of
 * the socket's state as a "cpas:socket" event (and the <html> element's
 * data-cpas-socket attribute).
 */
(function () {
  "use strict";

  var script = document.querySelector("script[data-cpas-notifications]");
  if (!script || document.querySelector("[data-cpas-bell]")) return;
  var options = {
    poll_url: script.dataset.pollUrl,
    index_url: script.dataset.indexUrl,
    socket_path: script.dataset.socketPath,
    poll_seconds: parseInt(script.dataset.pollSeconds, 10) || 15,
    labels: { bell: script.dataset.label },
  };
  var storageKey = null;
  var lastId = 0;
  var attempt = 0;
  var socket = null;
  var pollTimer = null;
  var unread = 0;

  function announce(name, detail) {
    if (name === "cpas:socket") {
      document.documentElement.setAttribute("data-cpas-socket", detail.state);
    }
    document.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  // --- the bell and the toasts ---------------------------------------------
  var bell = document.createElement("a");
  bell.className = "cpas-bell";
  bell.href = options.index_url;
  bell.setAttribute("data-cpas-bell", "");
  bell.innerHTML =
    '<svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">' +
    '<path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/></svg>' +
    '<span class="cpas-bell__count" data-cpas-bell-count hidden></span>';
  bell.hidden = true;
  // In the slim header's actions when the page has one (the page editor's
  // Preview and side panels are there): a bell fixed above them covered them.
  var headerActions = document.querySelector(".w-slim-header > div > div:last-child");
  if (headerActions) {
    bell.classList.add("cpas-bell--in-header");
    headerActions.appendChild(bell);
  } else {
    document.body.appendChild(bell);
  }

  var toasts = document.createElement("div");
  toasts.className = "cpas-toasts";
  toasts.setAttribute("aria-live", "polite");
  toasts.setAttribute("data-cpas-toasts", "");
  document.body.appendChild(toasts);

  function setUnread(count) {
    unread = count;
    var badge = bell.querySelector("[data-cpas-bell-count]");
    badge.textContent = String(count);
    badge.hidden = count === 0;
    bell.setAttribute(
      "aria-label",
      options.labels.bell.replace("%(count)s", String(count))
    );
    bell.title = bell.getAttribute("aria-label");
  }

  function toast(notification) {
    var item = document.createElement("a");
    item.className = "cpas-toast";
    item.href = notification.url;
    item.setAttribute("data-cpas-toast", notification.id);
    item.textContent = notification.text;
    toasts.appendChild(item);
    window.setTimeout(function () {
      item.remove();
    }, 10000);
  }

  function remember(id) {
    if (id > lastId) {
      lastId = id;
      if (storageKey) window.localStorage.setItem(storageKey, String(lastId));
    }
  }

  function receive(rows, count, show) {
    var fresh = 0;
    rows.forEach(function (row) {
      if (row.id <= lastId) return; // already seen
      remember(row.id);
      fresh += 1;
      if (show) toast(row);
    });
    // The server's count when it sends one; else this page counts.
    setUnread(typeof count === "number" ? count : unread + fresh);
  }

  // --- polling while the socket is down -----------------------------------
  function poll() {
    fetch(options.poll_url + "?after=" + lastId, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data) receive(data.notifications, data.unread, true);
      })
      .catch(function () {});
  }

  function startPolling() {
    if (pollTimer === null) {
      poll();
      pollTimer = window.setInterval(poll, options.poll_seconds * 1000);
    }
  }

  function stopPolling() {
    if (pollTimer !== null) {
      window.clearInterval(pollTimer);
      pollTimer = null;
    }
  }

  // --- the socket ----------------------------------------------------------
  function backoff() {
    var base = Math.min(30000, 1000 * Math.pow(2, attempt));
    attempt += 1;
    return base / 2 + Math.random() * (base / 2); // jitter: 50-100 %
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var url = scheme + window.location.host + options.socket_path + "?after=" + lastId;
    // A page with live rows (live_rows.js) asks the socket for them too.
    var live = "[data-cpas-live-list], [data-cpas-live-referral], [data-cpas-live-participant]";
    if (document.querySelector(live)) {
      url += "&rows=1";
    }
    try {
      socket = new WebSocket(url);
    } catch (error) {
      announce("cpas:socket", { state: "closed" });
      startPolling();
      window.setTimeout(connect, backoff());
      return;
    }
    bell.setAttribute("data-cpas-socket", "connecting");
    socket.onopen = function () {
      attempt = 0;
      stopPolling();
      bell.setAttribute("data-cpas-socket", "open");
      announce("cpas:socket", { state: "open" });
    };
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "replay") {
        receive(data.notifications, data.unread, true);
      } else if (data.type === "notification") {
        receive([data], data.unread, true);
      } else if (data.type === "row") {
        announce("cpas:row", data);
      }
    };
    socket.onclose = function () {
      bell.setAttribute("data-cpas-socket", "closed");
      announce("cpas:socket", { state: "closed" });
      startPolling();
      window.setTimeout(connect, backoff());
    };
  }

  // Start: who am I, what did this browser see last (nothing new is toasted on
  // the first load of a browser that saw nothing yet).
  fetch(options.poll_url + "?after=0", {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  })
    .then(function (response) {
      var json = (response.headers.get("content-type") || "").indexOf("json") >= 0;
      return response.ok && json ? response.json() : null;
    })
    .then(function (data) {
      if (!data) return; // not logged in
      storageKey = "cpas-notifications-last-id-" + data.user;
      lastId = parseInt(window.localStorage.getItem(storageKey) || "0", 10) || 0;
      if (!lastId) remember(data.latest);
      bell.hidden = false;
      setUnread(data.unread);
      if ("WebSocket" in window) {
        connect();
      } else {
        announce("cpas:socket", { state: "closed" });
        startPolling();
      }
    })
    .catch(function () {});
})();
