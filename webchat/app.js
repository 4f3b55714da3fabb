/* Peer Reflect web chat: talks to Rasa's socket.io channel. No framework, no outside network.
 *
 * Privacy: the only thing stored on the device is a random chat code (128 bits from crypto.getRandomValues)
 * in localStorage, created when the worker presses Start and removed by "Forget this device". It travels
 * only inside socket.io messages, never in a URL. Messages are never stored on the device.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "peerReflect.chatId";
  var ID_PATTERN = /^[0-9a-f]{32}$/;
  var SLOW_REPLY_MS = 20000;

  var $ = function (id) { return document.getElementById(id); };
  var el = {
    notice: $("notice"), start: $("start"), chat: $("chat"), log: $("log"), typing: $("typing"),
    scroller: $("scroller"), composer: $("composer"), form: $("send-form"), input: $("message"),
    send: $("send"), status: $("status"), pause: $("pause"), announcer: $("announcer"),
    supportOpen: $("support-open"), supportDialog: $("support-dialog"), supportList: $("support-list"),
    privacyOpen: $("privacy-open"), privacyDialog: $("privacy-dialog"), forget: $("forget")
  };

  var socket = null;
  var chatId = null;       // set when the worker starts
  var confirmed = false;   // the server has put this connection in the chat's room
  var outbox = [];         // messages waiting for a confirmed connection
  var turnStartedAt = null;
  var slowTimer = null;
  var connectionNote = "";

  /* ---------- the chat code ---------- */

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  function storage() {
    try {
      var s = window.localStorage;
      s.setItem("peerReflect.probe", "1");
      s.removeItem("peerReflect.probe");
      return s;
    } catch (e) {
      return null;
    }
  }

  function savedId() {
    var s = storage();
    var value = s ? s.getItem(STORAGE_KEY) : null;
    return value && ID_PATTERN.test(value) ? value : null;
  }

  /* ---------- connection ---------- */

  function socketTarget() {
    var meta = document.querySelector('meta[name="peer-reflect-socket"]');
    var hint = meta ? meta.getAttribute("content").trim() : "";
    if (!hint) return undefined; // same origin (e.g. behind a reverse proxy)
    if (hint.charAt(0) === ":") return location.protocol + "//" + location.hostname + hint;
    return hint;
  }

  function connect() {
    if (typeof window.io !== "function") {
      setStatus("The chat could not load. Please reload the page.");
      return;
    }
    socket = window.io(socketTarget(), {
      path: "/socket.io",
      transports: ["websocket"],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      timeout: 10000
    });
    socket.on("connect", function () {
      connectionNote = "";
      setStatus("");
      if (chatId) requestSession();
    });
    socket.on("session_confirm", function () {
      confirmed = true;
      flush();
    });
    socket.on("disconnect", function () {
      confirmed = false;
      if (chatId) {
        hideTyping();
        connectionNote = "Connection lost. Reconnecting…";
        setStatus(connectionNote);
      }
    });
    socket.on("connect_error", function () {
      confirmed = false;
      if (chatId) {
        connectionNote = "Can't reach Peer Reflect right now. Trying again…";
        setStatus(connectionNote);
      }
    });
    socket.on("bot_uttered", onBotMessage);
  }

  function requestSession() {
    confirmed = false;
    socket.emit("session_request", { session_id: chatId });
  }

  function flush() {
    while (socket && socket.connected && confirmed && outbox.length) {
      socket.emit("user_uttered", { message: outbox.shift(), session_id: chatId });
    }
  }

  /* ---------- rendering ---------- */

  function scrollToEnd() {
    el.scroller.scrollTop = el.scroller.scrollHeight;
  }

  function addItem(kind, text, speaker) {
    var li = document.createElement("li");
    li.className = "msg msg-" + kind;
    if (kind === "note") {
      li.classList.add("msg-note");
      li.textContent = text;
    } else {
      var bubble = document.createElement("p");
      bubble.className = "bubble";
      var who = document.createElement("span");
      who.className = "sr-only";
      who.textContent = speaker + ": ";
      bubble.appendChild(who);
      bubble.appendChild(document.createTextNode(text));
      li.appendChild(bubble);
    }
    el.log.appendChild(li);
    scrollToEnd();
    return li;
  }

  function announce(text) {
    var p = document.createElement("p");
    p.textContent = text;
    el.announcer.appendChild(p);
    while (el.announcer.childNodes.length > 4) el.announcer.removeChild(el.announcer.firstChild);
  }

  function clearQuickReplies() {
    var groups = el.log.querySelectorAll(".quick");
    for (var i = 0; i < groups.length; i++) groups[i].parentNode.removeChild(groups[i]);
  }

  function renderQuickReplies(li, replies) {
    var group = document.createElement("div");
    group.className = "quick";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Reply options");
    replies.forEach(function (reply) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = reply.title;
      button.addEventListener("click", function () {
        send(reply.payload, reply.title);
        el.input.focus({ preventScroll: true });
      });
      group.appendChild(button);
    });
    li.appendChild(group);
  }

  function replyOptions(message) {
    var raw = message.quick_replies || message.buttons || [];
    return raw.filter(function (r) {
      return r && typeof r.title === "string" && typeof r.payload === "string" && r.title && r.payload;
    });
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    var text = typeof message.text === "string" ? message.text : "";
    var replies = replyOptions(message);
    if (!text && !replies.length) return;
    hideTyping();
    var li = addItem("bot", text, "Peer Reflect");
    if (replies.length) renderQuickReplies(li, replies);
    scrollToEnd();
    announce("Peer Reflect: " + text + (replies.length
      ? " Reply options: " + replies.map(function (r) { return r.title; }).join("; ") + "."
      : ""));
    if (turnStartedAt !== null) {
      // Reply latency as the worker sees it: from pressing send to the first bot bubble being painted.
      var started = turnStartedAt;
      turnStartedAt = null;
      window.requestAnimationFrame(function () {
        try {
          performance.measure("peer-reflect:reply", { start: started, end: performance.now() });
        } catch (e) { /* older browsers: no measurement */ }
      });
    }
  }

  function showTyping() {
    el.typing.hidden = false;
    el.chat.appendChild(el.typing);
    scrollToEnd();
    window.clearTimeout(slowTimer);
    slowTimer = window.setTimeout(function () {
      if (el.typing.hidden) return;
      el.typing.hidden = true;
      setStatus("No reply yet. If nothing comes, try sending that again. If you need someone now, tap Support.");
    }, SLOW_REPLY_MS);
  }

  function hideTyping() {
    el.typing.hidden = true;
    window.clearTimeout(slowTimer);
    if (el.status.textContent && !connectionNote) setStatus("");
  }

  function setStatus(text) {
    if (el.status.textContent !== text) el.status.textContent = text;
  }

  /* ---------- sending ---------- */

  function send(payload, shown) {
    if (!chatId) return;
    clearQuickReplies();
    if (shown) addItem("user", shown, "You");
    outbox.push(payload);
    turnStartedAt = performance.now();
    showTyping();
    flush();
  }

  function sendTyped() {
    var text = el.input.value.trim();
    if (!text) return;
    el.input.value = "";
    autosize();
    send(text, text);
  }

  function autosize() {
    el.input.style.height = "auto";
    el.input.style.height = Math.min(el.input.scrollHeight + 4, 144) + "px";
  }

  /* ---------- start, pause, forget ---------- */

  function start() {
    var s = storage();
    var existing = savedId();
    chatId = existing || randomId();
    if (!existing && s) s.setItem(STORAGE_KEY, chatId);
    el.notice.hidden = true;
    el.chat.hidden = false;
    el.composer.hidden = false;
    el.pause.hidden = false;
    if (!s) addItem("note", "This browser won't keep the chat code, so a reload starts afresh.");
    if (existing) addItem("note", "Welcome back. Earlier messages aren't kept on this device, so we'll pick up where you were.");
    if (socket && socket.connected) requestSession();
    send("/greet", null);
    el.chat.focus({ preventScroll: true });
  }

  function forgetDevice() {
    var s = storage();
    if (s) s.removeItem(STORAGE_KEY);
    if (socket && socket.connected && confirmed && chatId) {
      // End any reflection under way so its answers leave the server's memory too.
      socket.emit("user_uttered", { message: "/stop_reflection", session_id: chatId });
    }
    chatId = null;
    confirmed = false;
    outbox = [];
    turnStartedAt = null;
    if (socket) {
      socket.off();
      socket.disconnect();
      socket = null;
    }
    el.log.textContent = "";
    el.announcer.textContent = "";
    hideTyping();
    connectionNote = "";
    setStatus("");
    el.input.value = "";
    el.chat.hidden = true;
    el.composer.hidden = true;
    el.pause.hidden = true;
    el.notice.hidden = false;
    closeDialog(el.privacyDialog, el.start);
    announce("This device has been forgotten. The chat code and this conversation are gone from this browser.");
    connect();
  }

  /* ---------- dialogs ---------- */

  var lastOpener = null;

  function openDialog(dialog, opener) {
    lastOpener = opener || document.activeElement;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    var first = dialog.querySelector("a, button");
    if (first) first.focus();
  }

  function closeDialog(dialog, focusAfter) {
    if (typeof dialog.close === "function" && dialog.open) dialog.close();
    else dialog.removeAttribute("open");
    var target = focusAfter || lastOpener;
    if (target && !target.hidden && typeof target.focus === "function") target.focus();
  }

  function renderSupport(data) {
    if (!data || !Array.isArray(data.contacts)) return;
    var items = data.contacts.filter(function (c) { return c && c.name && c.how; }).map(function (c) {
      var li = document.createElement("li");
      var linked = typeof c.href === "string" && /^(tel:|sms:|https:)/.test(c.href);
      var box = document.createElement(linked ? "a" : "div");
      box.className = "contact";
      if (linked) box.href = c.href;
      var parts = [["contact-name", c.name]];
      if (linked) parts.push(["contact-action", c.href.indexOf("sms:") === 0 ? "Text" : c.href.indexOf("tel:") === 0 ? "Call" : "Open"]);
      parts.push(["contact-how", c.how]);
      parts.forEach(function (part) {
        var span = document.createElement("span");
        span.className = part[0];
        span.textContent = part[1];
        if (part[0] === "contact-action") span.setAttribute("aria-hidden", "true");
        box.appendChild(span);
      });
      li.appendChild(box);
      return li;
    });
    if (!items.length) return;
    el.supportList.textContent = "";
    items.forEach(function (li) { el.supportList.appendChild(li); });
  }

  function loadSupport() {
    if (!window.fetch) return;
    fetch("support.json", { credentials: "omit", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(renderSupport)
      .catch(function () { /* the static list in the page stays */ });
  }

  /* ---------- wiring ---------- */

  el.start.addEventListener("click", start);
  el.pause.addEventListener("click", function () { send("/pause", "Pause"); });
  el.form.addEventListener("submit", function (event) {
    event.preventDefault();
    sendTyped();
    el.input.focus();
  });
  el.input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendTyped();
    }
  });
  el.input.addEventListener("input", autosize);

  el.supportOpen.addEventListener("click", function () { openDialog(el.supportDialog, el.supportOpen); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-open-support]"), function (b) {
    b.addEventListener("click", function () { openDialog(el.supportDialog, b); });
  });
  el.privacyOpen.addEventListener("click", function () { openDialog(el.privacyDialog, el.privacyOpen); });
  el.forget.addEventListener("click", forgetDevice);
  Array.prototype.forEach.call(document.querySelectorAll("dialog"), function (dialog) {
    Array.prototype.forEach.call(dialog.querySelectorAll("[data-close]"), function (b) {
      b.addEventListener("click", function () { closeDialog(dialog); });
    });
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); closeDialog(dialog); });
  });

  loadSupport();
  connect();
})();
