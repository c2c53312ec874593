// Embeddable widget: one <script> tag adds a floating button that opens the assistant.
//
//   <script src="https://ASSISTANT/widget.js" defer
//           data-server="https://ASSISTANT" data-title="Besoin d'aide ?"
//           data-color="#000091" data-commune="69266"></script>
//
// The conversation runs in an iframe served by the assistant's own server (its page, its
// storage, its socket.io connection), so the host site's styles and scripts never touch it and
// Rasa only needs to allow the assistant's origin. The button and the panel live in a shadow
// root so the host's CSS cannot break them. All texts are set with textContent.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__orientationWidget) { return; }
  window.__orientationWidget = true;

  var data = script.dataset;
  var server;
  try { server = new URL(data.server || script.src, location.href); } catch (e) { return; }
  if (server.protocol !== "http:" && server.protocol !== "https:") { return; }
  var origin = server.origin;
  var title = (data.title || "Où trouver de l'aide ?").slice(0, 120);
  var color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color || "") ? data.color : "#000091";
  var textColor = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.textColor || "") ? data.textColor : "#ffffff";
  var commune = (data.commune || "").slice(0, 100);
  var label = (data.label || "Une question sur vos droits ?").slice(0, 80);

  var host = document.createElement("div");
  host.id = "orientation-widget";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var style = document.createElement("style");
  style.textContent = [
    ":host { all: initial; }",
    ".lanceur, .panneau { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 16px; }",
    ".lanceur { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000; border: 2px solid #fff;",
    "  border-radius: 2rem; padding: .75rem 1.1rem; background: " + color + "; color: " + textColor + ";",
    "  font-weight: 600; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.35); min-height: 44px; }",
    ".lanceur:focus-visible, .fermer:focus-visible { outline: 3px solid #c45500; outline-offset: 3px; }",
    ".panneau { position: fixed; right: 1rem; bottom: 5rem; z-index: 2147483001; width: 24rem; max-width: calc(100vw - 2rem);",
    "  height: 36rem; max-height: calc(100vh - 6rem); background: #fff; border: 1px solid #767676; border-radius: .6rem;",
    "  box-shadow: 0 4px 20px rgba(0,0,0,.35); display: flex; flex-direction: column; overflow: hidden; }",
    ".panneau[hidden] { display: none; }",
    ".barre { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding: .4rem .6rem;",
    "  background: " + color + "; color: " + textColor + "; }",
    ".barre h2 { font-size: 1rem; margin: 0; font-weight: 600; }",
    ".fermer { background: transparent; color: " + textColor + "; border: 2px solid " + textColor + "; border-radius: .4rem;",
    "  font: inherit; padding: .2rem .6rem; cursor: pointer; min-height: 44px; min-width: 44px; }",
    "iframe { border: 0; flex: 1; width: 100%; }",
    "@media (max-width: 480px) { .panneau { right: 0; bottom: 0; width: 100vw; max-width: 100vw; height: 100%; max-height: 100%; border-radius: 0; } }",
    "@media (prefers-reduced-motion: no-preference) { .panneau { transition: opacity .15s; } }"
  ].join("\n");
  root.appendChild(style);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "lanceur";
  button.textContent = label;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "orientation-panneau");
  root.appendChild(button);

  var panel = document.createElement("div");
  panel.className = "panneau";
  panel.id = "orientation-panneau";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var bar = document.createElement("div");
  bar.className = "barre";
  var h = document.createElement("h2");
  h.textContent = title;
  var close = document.createElement("button");
  close.type = "button";
  close.className = "fermer";
  close.textContent = "Fermer";
  close.setAttribute("aria-label", "Fermer l'assistant");
  bar.appendChild(h);
  bar.appendChild(close);
  panel.appendChild(bar);
  root.appendChild(panel);

  var frame = null;
  function open() {
    if (!frame) {
      var q = new URLSearchParams({ embed: "1", titre: title });
      if (commune) { q.set("commune", commune); }
      if (data.color) { q.set("couleur", color); }
      frame = document.createElement("iframe");
      frame.title = "Assistant : " + title;
      frame.src = origin + "/?" + q.toString();
      frame.addEventListener("load", function () { focusFrame(); });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    focusFrame();
  }
  function focusFrame() {
    if (!frame || panel.hidden) { return; }
    frame.focus();
    if (frame.contentWindow) { frame.contentWindow.postMessage("orientation:focus", origin); }
  }
  function hide() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener("click", hide);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });

  function mount() { document.body.appendChild(host); }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }

  window.OrientationWidget = { open: open, close: hide };
})();
