// Agents' console: a situation → POST /orientation (every scheme's verdict and reason);
// a case file → POST /orientation/evaluate (pass/fail report). Every text is inserted with
// textContent, links only for http(s) and tel:.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  // The contract's words and fields, from GET /situation/vocabulary (never copied here).
  var VERDICTS = {}, FIELDS = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function safeUrl(url) {
    try {
      var u = new URL(String(url));
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function extLink(href, text) {
    var a = el("a", null, text);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    a.appendChild(el("span", "sr-only", " (nouvelle fenêtre)"));
    return a;
  }
  function amount(s) { return s.amount_text ? String(s.amount_text) : "—"; }
  function errorText(r, data) {
    if (data && typeof data.detail === "string") { return data.detail; }
    return "Le serveur a répondu par une erreur (" + r.status + "). Réessayez dans un instant.";
  }

  // ------------------------------------------------------------------ the form, from the vocabulary
  function field(f) {
    var box = el("div", "champ"), id = "f-" + f.name, control;
    var label = el("label", null, f.label);
    label.htmlFor = id;
    box.appendChild(label);
    if (f.type === "bool" || f.type === "choice") {
      control = el("select");
      var options = f.type === "bool" ? [{ value: "true", label: "Oui" }, { value: "false", label: "Non" }] : f.values;
      control.appendChild(el("option", null, "Non renseigné")).value = "";
      options.forEach(function (o) { control.appendChild(el("option", null, o.label)).value = o.value; });
      if (f.type === "bool") { control.setAttribute("data-type", "bool"); }
    } else {
      control = el("input");
      if (f.type === "int" || f.type === "number") {
        control.type = "number";
        control.step = f.type === "int" ? "1" : "any";
        control.setAttribute("data-type", f.type);
        if (f.min !== null && f.min !== undefined) { control.min = String(f.min); }
        if (f.max !== null && f.max !== undefined) { control.max = String(f.max); }
        if (f.type === "int") { control.inputMode = "numeric"; }
      } else {
        control.type = "text";
        control.maxLength = 200;
        if (f.type === "list_int") { control.setAttribute("data-type", "list"); control.inputMode = "numeric"; }
      }
    }
    control.id = id;
    control.name = f.name;
    box.appendChild(control);
    if (f.help) {
      var help = el("p", "aide", f.help);
      help.id = "a-" + f.name;
      control.setAttribute("aria-describedby", help.id);
      box.appendChild(help);
    }
    return box;
  }
  function checkboxes(f) {
    var set = el("fieldset", "besoins");
    set.appendChild(el("legend", null, f.label));
    var list = el("div", "cases");
    f.values.forEach(function (o) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox"; box.name = f.name; box.value = o.value;
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + o.label));
      list.appendChild(label);
    });
    set.appendChild(list);
    return set;
  }
  function buildForm(vocabulary) {
    var grid = $("champs"), lists = $("listes");
    clear(grid); clear(lists);
    vocabulary.fields.forEach(function (f) {
      FIELDS[f.name] = f.label;
      if (f.type === "list_choice") { lists.appendChild(checkboxes(f)); } else { grid.appendChild(field(f)); }
    });
    VERDICTS = vocabulary.verdicts || {};
    grid.removeAttribute("aria-busy");
  }
  fetch("/situation/vocabulary").then(function (r) {
    if (!r.ok) { throw new Error(); }
    return r.json();
  }).then(buildForm).catch(function () {
    var grid = $("champs");
    clear(grid);
    grid.appendChild(el("p", "etat erreur", "Le formulaire n'a pas pu être chargé. Rechargez la page dans un instant."));
  });

  // ------------------------------------------------------------------ situation → orientation
  function situation(form) {
    var s = {}, problems = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!f.name || f.type === "checkbox" || f.type === "submit" || f.type === "reset" || f.tagName === "FIELDSET") { return; }
      var v = String(f.value || "").trim();
      if (!v) { return; }
      var type = f.getAttribute("data-type") || (f.type === "number" ? "int" : "text");
      if (type === "bool") { s[f.name] = v === "true"; }
      else if (type === "ids") { s[f.name] = v.toLowerCase().split(/[,;\s]+/).filter(Boolean); }
      else if (type === "list") {
        if (/^(aucun|aucune|non|0 enfant)$/i.test(v)) { s[f.name] = []; return; }
        var parts = v.split(/[,;\s]+/).filter(Boolean).map(Number);
        if (parts.some(function (n) { return !isFinite(n) || n < 0 || Math.floor(n) !== n; })) {
          problems.push("Les âges des enfants s'écrivent en nombres entiers, séparés par des virgules.");
        } else { s[f.name] = parts; }
      } else if (type === "int" || type === "number") {
        var n = Number(v.replace(",", "."));
        if (!isFinite(n)) { problems.push("Le champ « " + f.labels[0].textContent + " » doit être un nombre."); }
        else { s[f.name] = type === "int" ? Math.round(n) : n; }
      } else { s[f.name] = v; }
    });
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]:checked"), function (c) {
      (s[c.name] = s[c.name] || []).push(c.value);
    });
    return { situation: s, problems: problems };
  }

  function renderOrientation(o, out) {
    clear(out);
    if (o.commune && o.commune.label) { out.appendChild(el("p", null, "Commune : " + o.commune.label)); }
    if (Array.isArray(o.commune_candidates) && o.commune_candidates.length) {
      out.appendChild(el("p", "alerte", "Plusieurs communes correspondent : " + o.commune_candidates.map(
        function (c) { return c.label || c.nom || c.code; }).join(", ") + ". Précisez le code postal ou le code INSEE."));
    }
    if (Array.isArray(o.emergency) && o.emergency.length) {
      var u = el("div", "urgence");
      u.appendChild(el("h3", null, "Urgences"));
      var ul = el("ul");
      o.emergency.forEach(function (e) {
        var num = String(e.number || "").replace(/[^\d]/g, "");
        var li = el("li");
        if (num) { var a = el("a", null, num); a.href = "tel:" + num; li.appendChild(a); }
        li.appendChild(document.createTextNode(" : " + (e.label || "")));
        ul.appendChild(li);
      });
      u.appendChild(ul);
      out.appendChild(u);
    }
    var table = el("table", "verdicts");
    table.appendChild(el("caption", null, "Chaque dispositif jugé, avec la raison"));
    var head = el("tr");
    ["Dispositif", "Verdict", "Montant estimé", "Pourquoi", "Comment faire"].forEach(function (h) {
      var th = el("th", null, h); th.scope = "col"; head.appendChild(th);
    });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody");
    (Array.isArray(o.schemes) ? o.schemes : []).forEach(function (s) {
      var tr = el("tr", "verdict-" + s.eligibility);
      tr.setAttribute("data-scheme", String(s.id));
      var th = el("th"); th.scope = "row";
      var src = safeUrl(s.source);
      th.appendChild(src ? extLink(src, s.name || s.id) : document.createTextNode(s.name || s.id));
      tr.appendChild(th);
      var cls = { unlikely: "improbable", deja_percu: "deja-percu" }[s.eligibility] || s.eligibility;
      tr.appendChild(el("td", "verdict " + cls, VERDICTS[s.eligibility] || s.eligibility));
      tr.appendChild(el("td", null, amount(s)));
      tr.appendChild(el("td", null, s.why || ""));
      tr.appendChild(el("td", null, s.how || ""));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    var wrap = el("div", "tableau");
    wrap.setAttribute("tabindex", "0");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Tableau des dispositifs");
    wrap.appendChild(table);
    out.appendChild(wrap);
    if (Array.isArray(o.contacts) && o.contacts.length) {
      out.appendChild(el("h3", null, "Contacts"));
      var cl = el("ul");
      o.contacts.forEach(function (c) {
        var li = el("li");
        li.appendChild(el("strong", null, c.name || c.kind));
        [c.address, c.phone && ("Téléphone : " + c.phone), c.hours && ("Horaires : " + c.hours)]
          .forEach(function (t) { if (t) { li.appendChild(document.createTextNode(" — " + t)); } });
        var url = safeUrl(c.url);
        if (url) { li.appendChild(document.createTextNode(" — ")); li.appendChild(extLink(url, "site")); }
        cl.appendChild(li);
      });
      out.appendChild(cl);
    }
    if (Array.isArray(o.missing) && o.missing.length) {
      out.appendChild(el("p", null, "Pour préciser : " + o.missing.map(function (f) { return FIELDS[f] || f; }).join(", ") + "."));
    }
    if (Array.isArray(o.assumptions) && o.assumptions.length) {
      out.appendChild(el("h3", null, "Hypothèses du calcul"));
      var al = el("ul");
      o.assumptions.forEach(function (a) { al.appendChild(el("li", null, a)); });
      out.appendChild(al);
    }
  }

  $("form-situation").addEventListener("submit", function (e) {
    e.preventDefault();
    var etat = $("etat-situation"), out = $("resultat-situation");
    var built = situation(e.target);
    if (built.problems.length) { etat.textContent = built.problems.join(" "); etat.className = "etat erreur"; return; }
    etat.textContent = "Calcul en cours…"; etat.className = "etat";
    fetch("/orientation", { method: "POST", headers: { "Content-Type": "application/json" },
                            body: JSON.stringify(built.situation) })
      .then(function (r) {
        return r.json().catch(function () { return null; }).then(function (data) {
          if (!r.ok || !data) { throw new Error(errorText(r, data)); }
          renderOrientation(data, out);
          var n = (data.schemes || []).filter(function (s) {
            return s.eligibility === "probable" || s.eligibility === "possible"; }).length;
          etat.textContent = "Orientation prête : " + n + " dispositif(s) probable(s) ou possible(s) sur " +
            (data.schemes || []).length + ".";
          etat.className = "etat";
        });
      })
      .catch(function (err) {
        clear(out);
        etat.textContent = err && err.message && !/fetch/i.test(err.message) ? err.message :
          "Le serveur ne répond pas. Réessayez dans un instant.";
        etat.className = "etat erreur";
      });
  });
  $("form-situation").addEventListener("reset", function () {
    clear($("resultat-situation")); $("etat-situation").textContent = "";
  });

  // ------------------------------------------------------------------ case file → report
  function renderReport(rep, out) {
    clear(out);
    var table = el("table", "rapport");
    table.appendChild(el("caption", null, "Rapport : " + rep.passed + " cas réussi(s), " + rep.failed + " en échec"));
    var head = el("tr");
    ["Cas", "Résultat", "Ce qui ne va pas"].forEach(function (h) { var th = el("th", null, h); th.scope = "col"; head.appendChild(th); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody");
    (rep.cases || []).forEach(function (c) {
      var tr = el("tr", c.passed ? "reussi" : "echec");
      var th = el("th", null, c.id); th.scope = "row"; tr.appendChild(th);
      tr.appendChild(el("td", "verdict " + (c.passed ? "probable" : "echec"), c.passed ? "Réussi" : "Échec"));
      tr.appendChild(el("td", null, (c.problems || []).join(" ; ")));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    var wrap = el("div", "tableau");
    wrap.setAttribute("tabindex", "0");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Rapport des cas");
    wrap.appendChild(table);
    out.appendChild(wrap);
  }

  $("form-cas").addEventListener("submit", function (e) {
    e.preventDefault();
    var etat = $("etat-cas"), out = $("resultat-cas");
    var file = $("f-fichier").files[0];
    if (!file) { etat.textContent = "Choisissez d'abord un fichier de cas."; etat.className = "etat erreur"; return; }
    if (file.size > 1000000) { etat.textContent = "Le fichier est trop gros (1 Mo au plus)."; etat.className = "etat erreur"; return; }
    etat.textContent = "Évaluation en cours… (quelques secondes par cas)"; etat.className = "etat";
    clear(out);
    file.arrayBuffer().then(function (buf) {
      return fetch("/orientation/evaluate", { method: "POST", headers: { "Content-Type": "application/yaml" }, body: buf });
    }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (data) {
        if (!r.ok || !data) { throw new Error(errorText(r, data)); }
        renderReport(data, out);
        etat.textContent = data.failed ? ("Terminé : " + data.failed + " cas en échec sur " + data.total + ".")
          : ("Terminé : les " + data.total + " cas sont réussis.");
        etat.className = data.failed ? "etat erreur" : "etat";
      });
    }).catch(function (err) {
      etat.textContent = err && err.message && !/fetch/i.test(err.message) ? err.message :
        "Le serveur ne répond pas. Réessayez dans un instant.";
      etat.className = "etat erreur";
    });
  });
})();
