// Chat page and embedded widget: talks to Rasa's socket.io channel (websocket transport,
// session_persistence on the server). Safety rules, kept everywhere in this file:
//  - every text (the person's, the bot's, a button title, a knowledge-base field) is inserted
//    with textContent / createTextNode, never innerHTML;
//  - links are built as elements and only for http: and https: (tel: for phone numbers and
//    mailto: for e-mails in contact cards, built from the digits / address only).
// Page parameters (the embed script passes them): ?embed=1&titre=…&couleur=%23RRGGBB&commune=…
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var messages = $("messages"), annonce = $("annonce"), form = $("formulaire"), input = $("message");
  var ecrit = $("ecrit"), bandeau = $("bandeau");
  var params = new URLSearchParams(location.search);
  var KEY_SESSION = "orientation.session", KEY_HISTORY = "orientation.historique";
  var MAX_HISTORY = 300;

  var commune = (params.get("commune") || "").slice(0, 100);
  var socket = null, ready = false, queue = [], typingTimer = null, lastOrientation = null;

  // ---------------------------------------------------------------- storage (this tab only)
  var store = {
    get: function (k) { try { return sessionStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { sessionStorage.setItem(k, v); } catch (e) { /* private mode: memory only */ } },
    del: function (k) { try { sessionStorage.removeItem(k); } catch (e) { /* ignore */ } }
  };
  function newSessionId() {
    var a = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  var sessionId = store.get(KEY_SESSION);
  var history = [];
  try { history = JSON.parse(store.get(KEY_HISTORY) || "[]"); } catch (e) { history = []; }
  if (!Array.isArray(history)) { history = []; }
  var isNewSession = !sessionId;
  if (!sessionId) { sessionId = newSessionId(); store.set(KEY_SESSION, sessionId); }

  function remember(item) {
    history.push(item);
    if (history.length > MAX_HISTORY) { history = history.slice(-MAX_HISTORY); }
    store.set(KEY_HISTORY, JSON.stringify(history));
  }

  // ---------------------------------------------------------------- safe DOM helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function safeUrl(url) {
    try {
      var u = new URL(String(url), location.href);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function link(href, text, external) {
    var a = el("a", null, text);
    a.href = href;
    if (external) {
      a.target = "_blank"; a.rel = "noopener noreferrer";
      a.appendChild(el("span", "sr-only", " (nouvelle fenêtre)"));
    }
    return a;
  }
  // Plain text with http(s) URLs turned into links; everything else stays text.
  function appendText(parent, text) {
    String(text).split(/(https?:\/\/[^\s<>"']+)/g).forEach(function (part, i) {
      if (!part) { return; }
      if (i % 2 === 1) {
        var trail = part.match(/[.,;:!?)\]]+$/);
        var url = trail ? part.slice(0, -trail[0].length) : part;
        var safe = safeUrl(url);
        parent.appendChild(safe ? link(safe, url, true) : document.createTextNode(url));
        if (trail) { parent.appendChild(document.createTextNode(trail[0])); }
      } else {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }
  function scrollDown() { messages.scrollTop = messages.scrollHeight; }
  function announce(text) {
    var p = el("p", null, "L'assistant : " + text);
    annonce.appendChild(p);
    while (annonce.childNodes.length > 5) { annonce.removeChild(annonce.firstChild); }
  }

  // ---------------------------------------------------------------- rendering
  function renderText(text, who, quiet) {
    var div = el("div", "bulle " + who);
    div.appendChild(el("span", "sr-only", who === "moi" ? "Vous : " : "L'assistant : "));
    appendText(div, text);
    messages.appendChild(div);
    if (who === "bot" && !quiet) { announce(text); }
    scrollDown();
    return div;
  }

  function renderButtons(list, quiet) {
    var group = el("div", "boutons");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Réponses proposées");
    list.slice(0, 12).forEach(function (b) {
      var title = String(b.title || b.payload || "").slice(0, 200);
      var btn = el("button", "choix", title);
      btn.type = "button";
      btn.addEventListener("click", function () {
        group.remove();
        history = history.filter(function (h) { return h.kind !== "buttons"; });
        store.set(KEY_HISTORY, JSON.stringify(history));
        send(String(b.payload || title), title);
        input.focus();
      });
      group.appendChild(btn);
    });
    messages.appendChild(group);
    if (!quiet) { announce("Réponses proposées : " + list.map(function (b) { return b.title; }).join(", ")); }
    scrollDown();
  }

  // The contract's words (verdicts, contact kinds, field labels), served by GET /situation/vocabulary:
  // never copied here. Until it arrives (or if it fails), the ids are shown as they are.
  var VOCAB = { verdicts: {}, kinds: {}, fields: {} };
  var VERDICT_CLASS = { probable: "probable", possible: "possible", unlikely: "improbable", deja_percu: "deja-percu" };
  function loadVocabulary() {
    return fetch("/situation/vocabulary").then(function (r) { return r.ok ? r.json() : null; }).then(function (v) {
      if (!v) { return; }
      VOCAB.verdicts = v.verdicts || {};
      VOCAB.kinds = v.contact_kinds || {};
      (v.fields || []).forEach(function (f) { VOCAB.fields[f.name] = f.label_person; });
    }).catch(function () {});
  }
  function line(parent, label, value) {
    if (value === undefined || value === null || value === "") { return; }
    var p = el("p", "ligne-carte");
    p.appendChild(el("strong", null, label + " : "));
    appendText(p, value);
    parent.appendChild(p);
  }

  function schemeCard(s) {
    var card = el("article", "carte dispositif");
    card.appendChild(el("h3", null, s.name || s.id || "Aide"));
    if (VERDICT_CLASS[s.eligibility]) {
      card.appendChild(el("p", "verdict " + VERDICT_CLASS[s.eligibility], VOCAB.verdicts[s.eligibility] || s.eligibility));
    }
    // The amount in the engine's words, with its caveat (knowledge/eligibility/amounts.py).
    if (s.amount_text) { card.appendChild(el("p", "montant", "Montant estimé : " + String(s.amount_text))); }
    line(card, "Pourquoi", s.why);
    line(card, "Comment faire", s.how);
    var online = safeUrl(s.online_url);
    if (online && /^https?:/.test(String(s.online_url))) {
      var o = el("p", "ligne-carte");
      o.appendChild(link(online, "Faire la demande en ligne", true));
      card.appendChild(o);
    }
    var src = safeUrl(s.source);
    if (src && /^https?:/.test(String(s.source))) {
      var p = el("p", "ligne-carte");
      p.appendChild(link(src, "Fiche officielle : " + (s.name || "en savoir plus"), true));
      card.appendChild(p);
    }
    return card;
  }

  function contactCard(c) {
    var card = el("article", "carte contact");
    var kind = VOCAB.kinds[c.kind];
    card.appendChild(el("h3", null, c.name || kind || "Contact"));
    if (kind && c.name !== kind) { card.appendChild(el("p", "genre", kind)); }
    if (c.note) { card.appendChild(el("p", "ligne-carte", c.note)); }
    line(card, "Adresse", c.address);
    var phone = String(c.phone || "").replace(/[^\d+]/g, "");
    if (phone.length >= 3 && phone.length <= 16) {
      var p = el("p", "ligne-carte");
      p.appendChild(el("strong", null, "Téléphone : "));
      p.appendChild(link("tel:" + phone, String(c.phone)));
      card.appendChild(p);
    }
    var mail = String(c.email || "");
    if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(mail)) {
      var m = el("p", "ligne-carte");
      m.appendChild(el("strong", null, "Courriel : "));
      m.appendChild(link("mailto:" + mail, mail));
      card.appendChild(m);
    }
    line(card, "Horaires", c.hours);
    var url = safeUrl(c.url);
    if (url && /^https?:/.test(String(c.url))) {
      var w = el("p", "ligne-carte");
      w.appendChild(link(url, "Site internet : " + (c.name || "contact"), true));
      card.appendChild(w);
    }
    return card;
  }

  function contactsSection(box, contacts, spoken) {
    if (!contacts.length) { return; }
    box.appendChild(el("h3", "titre-section", "Où vous adresser"));
    contacts.forEach(function (c) {
      if (c && typeof c === "object") { box.appendChild(contactCard(c)); spoken.push(c.name || ""); }
    });
  }

  // {"kind": "orientation", "orientation": <the JSON of POST /orientation>} (README, « Cartes »).
  function renderOrientation(o, quiet) {
    var box = el("div", "orientation resultat");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Résultat de l'orientation");
    var spoken = [];
    if (o.text) { box.appendChild(el("p", "chapeau", o.text)); spoken.push(o.text); }
    var emergency = Array.isArray(o.emergency) ? o.emergency : [];
    if (emergency.length) {
      var u = el("div", "urgence");
      u.appendChild(el("h3", null, "En cas d'urgence"));
      var ul = el("ul");
      emergency.forEach(function (e) {
        var num = String((e && e.number) || "").replace(/[^\d]/g, "");
        if (!num) { return; }
        var li = el("li");
        li.appendChild(link("tel:" + num, num));
        if (e.label) { li.appendChild(document.createTextNode(" : " + e.label)); }
        ul.appendChild(li);
        spoken.push(num + " " + (e.label || ""));
      });
      u.appendChild(ul);
      box.appendChild(u);
    }
    var schemes = Array.isArray(o.schemes) ? o.schemes : [];
    var proposed = schemes.filter(function (s) { return s && (s.eligibility === "probable" || s.eligibility === "possible"); });
    if (proposed.length) {
      box.appendChild(el("h3", "titre-section", "Les aides auxquelles vous avez probablement droit"));
      proposed.forEach(function (s) { box.appendChild(schemeCard(s)); spoken.push(s.name || s.id); });
    }
    contactsSection(box, Array.isArray(o.contacts) ? o.contacts : [], spoken);
    var missing = Array.isArray(o.missing) ? o.missing : [];
    if (missing.length) {
      box.appendChild(el("p", "manque", "Pour être plus précis, il me faudrait : " +
        missing.map(function (f) { return VOCAB.fields[f] || String(f); }).join(", ") + "."));
    }
    messages.appendChild(box);
    lastOrientation = o;
    if (!quiet) { announce("Résultat de l'orientation : " + spoken.join(", ")); }
    scrollDown();
  }

  // {"kind": "contacts", "contacts": [Contact.to_dict(), …]}
  function renderContacts(list, quiet) {
    var box = el("div", "orientation contacts resultat");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Où vous adresser");
    var spoken = [];
    contactsSection(box, list, spoken);
    messages.appendChild(box);
    if (!quiet) { announce("Où vous adresser : " + spoken.join(", ")); }
    scrollDown();
  }

  // The custom payload of a bot message: socket.io delivers it as the message itself (Rasa emits
  // its "data"), the REST channel wraps it in "custom".
  function customOf(msg) {
    if (!msg || typeof msg !== "object") { return null; }
    if (typeof msg.kind === "string") { return msg; }
    var c = msg.custom;
    if (c && typeof c === "object") {
      if (c.data && typeof c.data === "object" && typeof c.data.kind === "string") { return c.data; }
      if (typeof c.kind === "string") { return c; }
    }
    return null;
  }

  function renderBot(msg, quiet) {
    if (!msg || typeof msg !== "object") { return; }
    var c = customOf(msg);
    if (c) {
      if (c.kind === "orientation" && c.orientation && typeof c.orientation === "object") {
        renderOrientation(c.orientation, quiet);
      } else if (c.kind === "contacts" && Array.isArray(c.contacts)) {
        renderContacts(c.contacts, quiet);
      }
      if (typeof c.text === "string" && c.text) { renderText(c.text, "bot", quiet); }
      return;
    }
    if (typeof msg.text === "string" && msg.text) { renderText(msg.text, "bot", quiet); }
    var buttons = msg.quick_replies || msg.buttons;
    if (Array.isArray(buttons) && buttons.length) { renderButtons(buttons, quiet); }
    if (msg.attachment && msg.attachment.payload && msg.attachment.payload.src) {
      var src = safeUrl(msg.attachment.payload.src);
      if (src) {
        var d = el("div", "bulle bot");
        d.appendChild(link(src, "Voir le document joint", true));
        messages.appendChild(d);
      }
    }
  }

  function restore() {
    history.forEach(function (h, i) {
      if (h.kind === "moi") { renderText(h.text, "moi", true); }
      else if (h.kind === "bot") { renderBot(h.msg, true); }
      else if (h.kind === "buttons" && i === history.length - 1) { renderButtons(h.list, true); }
    });
  }

  // ---------------------------------------------------------------- typing and status
  function typing(on) {
    ecrit.hidden = !on;
    clearTimeout(typingTimer);
    if (on) {
      typingTimer = setTimeout(function () {
        ecrit.hidden = true;
        showBanner("L'assistant met du temps à répondre. Vous pouvez réessayer dans un instant.");
      }, 30000);
    }
  }
  var UNREACHABLE = "Le service ne répond pas pour le moment. Nous réessayons automatiquement ; " +
    "votre message partira dès que possible. En cas d'urgence, appelez le 112 " +
    "(ou le 115 pour un hébergement d'urgence).";
  function showBanner(text) { bandeau.textContent = text; bandeau.hidden = false; }
  function hideBanner() { bandeau.hidden = true; bandeau.textContent = ""; }

  // ---------------------------------------------------------------- socket.io
  function metadata() {
    var m = { canal: params.get("embed") ? "widget" : "page" };
    if (commune) { m.commune = commune; }
    return m;
  }
  function emit(text) {
    socket.emit("user_uttered", { message: text, session_id: sessionId, metadata: metadata() });
  }
  function send(text, shown, silent) {
    if (!silent) {
      renderText(shown || text, "moi");
      remember({ kind: "moi", text: shown || text });
      typing(true);
    }
    if (ready) { emit(text); } else {
      queue.push(text);
      if (!silent) { showBanner(UNREACHABLE); }
    }
  }

  function connect(rasaUrl) {
    if (typeof window.io !== "function") { showBanner(UNREACHABLE); return; }
    socket = window.io(rasaUrl, { path: "/socket.io", transports: ["websocket"], reconnectionDelayMax: 10000 });
    socket.on("connect", function () {
      socket.emit("session_request", { session_id: sessionId });
    });
    socket.on("session_confirm", function () {
      ready = true;
      hideBanner();
      if (isNewSession) { isNewSession = false; queue.unshift("/greet"); }
      var q = queue; queue = [];
      q.forEach(emit);
    });
    socket.on("bot_uttered", function (msg) {
      typing(false);
      hideBanner();
      renderBot(msg, false);
      var buttons = msg && (msg.quick_replies || msg.buttons);
      if (customOf(msg) || (msg && msg.text)) { remember({ kind: "bot", msg: stripButtons(msg) }); }
      if (Array.isArray(buttons) && buttons.length) { remember({ kind: "buttons", list: buttons }); }
    });
    socket.on("connect_error", function (err) {
      ready = false; typing(false);
      // Refused by the server (too many open conversations from this address): its French message,
      // and a new try later (socket.io does not retry a refused connection by itself).
      var refused = err && err.data && typeof err.data.texte === "string" ? err.data.texte : null;
      showBanner(refused || UNREACHABLE);
      if (refused) { setTimeout(function () { socket.connect(); }, 30000); }
    });
    socket.on("disconnect", function (reason) {
      ready = false;
      if (reason !== "io client disconnect") { showBanner(UNREACHABLE); }
    });
  }
  function stripButtons(msg) {
    var copy = {};
    Object.keys(msg).forEach(function (k) { if (k !== "quick_replies" && k !== "buttons") { copy[k] = msg[k]; } });
    return copy;
  }

  // ---------------------------------------------------------------- controls
  function clearScreen() {
    while (messages.firstChild) { messages.removeChild(messages.firstChild); }
    history = []; store.del(KEY_HISTORY); lastOrientation = null;
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });

  // « Recommencer »: same session, the bot resets the conversation (/restart) and greets again.
  $("recommencer").addEventListener("click", function () {
    clearScreen();
    send("/restart", null, true);
    send("/greet", null, true);
    typing(true);
    input.focus();
  });

  // « Effacer la conversation »: the bot forgets the old session (/restart, then the intent
  // effacer_donnees that deletes it server-side), this tab forgets (storage cleared), and the
  // socket reconnects under a new session id, so that nothing of the old room reaches this page.
  $("effacer").addEventListener("click", function () {
    if (socket && ready) { emit("/restart"); emit("/effacer_donnees"); }
    clearScreen();
    sessionId = newSessionId();
    store.set(KEY_SESSION, sessionId);
    isNewSession = true;
    var note = el("p", "note", "La conversation a été effacée.");
    messages.appendChild(note);
    announce("La conversation a été effacée.");
    if (socket) { ready = false; socket.disconnect(); socket.connect(); }
    input.focus();
  });

  // Print / save: the latest orientation (cards) if there is one, otherwise the whole exchange.
  function buildSheet() {
    var body = $("fiche-contenu");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    $("fiche-date").textContent = "Préparé le " + new Date().toLocaleDateString("fr-FR",
      { day: "numeric", month: "long", year: "numeric" }) + (commune ? " — commune : " + commune : "");
    // The latest orientation and the contact cards that came after it.
    var nodes = Array.prototype.slice.call(messages.querySelectorAll(".resultat"));
    var start = 0;
    nodes.forEach(function (n, i) { if (!n.classList.contains("contacts")) { start = i; } });
    nodes.slice(start).forEach(function (n) { body.appendChild(n.cloneNode(true)); });
    body.appendChild(el("h2", null, "Notre échange"));
    messages.querySelectorAll(".bulle").forEach(function (b) { body.appendChild(b.cloneNode(true)); });
    $("fiche").hidden = false;
    return body;
  }
  $("imprimer").addEventListener("click", function () {
    buildSheet();
    window.print();
  });
  window.addEventListener("beforeprint", buildSheet);  // Ctrl+P too
  window.addEventListener("afterprint", function () { $("fiche").hidden = true; });

  // ---------------------------------------------------------------- page parameters
  var titre = params.get("titre");
  if (titre) { $("titre").textContent = titre.slice(0, 120); document.title = titre.slice(0, 120); }
  if (commune) {
    var cc = $("commune-connue");
    cc.textContent = "Commune : " + commune;
    cc.hidden = false;
    // The host site may give an INSEE code: show the commune's name.
    fetch("/communes?q=" + encodeURIComponent(commune)).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) {
        if (d && d.status === "found" && d.candidates && d.candidates[0] && d.candidates[0].label) {
          cc.textContent = "Commune : " + d.candidates[0].label;
        }
      }).catch(function () { /* keep what the host site gave */ });
  }
  // Host colour, kept only if text in that colour on white stays readable (contrast ≥ 4.5:1).
  function luminance(hex) {
    var v = hex.length === 4 ? hex.slice(1).split("").map(function (c) { return c + c; }) :
      [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
    var rgb = v.map(function (x) {
      var c = parseInt(x, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
  var couleur = params.get("couleur");
  if (couleur && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(couleur) && 1.05 / (luminance(couleur) + 0.05) >= 4.5) {
    document.documentElement.style.setProperty("--principal", couleur);
  }
  if (params.get("embed")) { document.body.classList.add("integre"); }
  // The embedding page may ask to put the focus in the message field (after opening the widget).
  window.addEventListener("message", function (e) {
    if (e.source === window.parent && e.data === "orientation:focus") { input.focus(); }
  });

  loadVocabulary().then(function () {
    restore();
    return fetch("/config.json").then(function (r) { return r.json(); }).then(function (c) {
      connect(c.rasa_url || "http://localhost:5005");
    });
  }).catch(function () { showBanner(UNREACHABLE); });
  // No focus moved on arrival: the page is read from the top (title, « assistant automatique »);
  // the first Tab reaches « Aller à la saisie du message ».

  // For the browser tests and the print view.
  window.orientationChat = { buildSheet: buildSheet, session: function () { return sessionId; },
                             render: function (m) { renderBot(m, false); } };
})();
