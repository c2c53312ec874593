// Chat page: talks to the Rasa REST channel. Every text is inserted with
// textContent (never innerHTML), links are built as elements, http(s) only.
(function () {
  "use strict";
  var messages = document.getElementById("messages");
  var form = document.getElementById("formulaire");
  var input = document.getElementById("message");
  var etat = document.getElementById("etat");
  var rasaUrl = "http://localhost:5005";
  var KEY = "orientation-session";
  var sender = sessionStorage.getItem(KEY);
  if (!sender) {
    sender = "web-" + Math.random().toString(36).slice(2) + Date.now().toString(36);
    sessionStorage.setItem(KEY, sender);
  }

  function appendText(parent, text) {
    // Turn http(s) URLs into links; everything else stays plain text.
    var parts = String(text).split(/(https?:\/\/[^\s<>"')]+)/g);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = document.createElement("a");
        a.href = part; a.textContent = part; a.target = "_blank"; a.rel = "noopener noreferrer";
        parent.appendChild(a);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function bubble(text, who) {
    var div = document.createElement("div");
    div.className = "bulle " + who;
    appendText(div, text);
    messages.appendChild(div);
    messages.scrollTop = messages.scrollHeight;
    return div;
  }

  function buttons(list) {
    var div = document.createElement("div");
    div.className = "boutons";
    list.forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button"; btn.className = "choix"; btn.textContent = b.title;
      btn.addEventListener("click", function () {
        div.remove();
        send(b.payload, b.title);
      });
      div.appendChild(btn);
    });
    messages.appendChild(div);
  }

  function send(message, shown) {
    bubble(shown || message, "moi");
    etat.textContent = "L'assistant écrit…";
    return fetch(rasaUrl + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: message })
    }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (answers) {
      etat.textContent = "";
      answers.forEach(function (a) {
        if (a.text) { bubble(a.text, "bot"); }
        if (a.buttons && a.buttons.length) { buttons(a.buttons); }
      });
    }).catch(function () {
      etat.textContent = "";
      bubble("Le service ne répond pas pour le moment. Réessayez dans quelques minutes. " +
             "En cas d'urgence, appelez le 112 (ou le 115 pour un hébergement d'urgence).", "bot");
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });

  document.getElementById("recommencer").addEventListener("click", function () {
    send("/restart", "Recommencer");
  });

  fetch("/config.json").then(function (r) { return r.json(); }).then(function (c) {
    if (c.rasa_url) { rasaUrl = c.rasa_url; }
  }).finally(function () { input.focus(); });
})();
