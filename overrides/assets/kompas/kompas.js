/* Vertrouwenskompas: the personal checklist, kept in this browser only.
   Vanilla, loaded after Material's bundle, mounted on document$ (instant navigation).
   Storage: one key "<site path>vertrouwenskompas.v1" holding
   {"version": 1, "ticks": {principle: {item: true}}, "answers": {principle: {question: "text"}}}.
   Only ticked items are stored; user text is only ever set as textContent or value. */
(function () {
  "use strict";
  if (window.__vk) return;
  window.__vk = 1;

  var d = document, VERSION = 1, KEY = "/vertrouwenskompas.v1";
  var state = fresh(), saving = true, why = "", schema = {}, timer = 0;
  try {
    KEY = (window.__md_scope || new URL(JSON.parse(d.getElementById("__config").textContent).base, location))
      .pathname + "vertrouwenskompas.v1";
  } catch (e) { /* keep the root key */ }

  // Storage -------------------------------------------------------------------------------------

  function fresh() { return { version: VERSION, ticks: obj(), answers: obj() }; }
  function obj() { return Object.create(null); }
  function isObj(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

  // A valid state from parsed data, or a Dutch sentence saying what is wrong with it.
  function check(data) {
    if (!isObj(data) || !("version" in data)) return "Dit is geen bestand van het Vertrouwenskompas.";
    if (typeof data.version === "number" && data.version > VERSION) {
      return "Dit bestand komt uit een nieuwere versie van het Vertrouwenskompas. Gebruik de nieuwste versie van de site.";
    }
    if (data.version !== VERSION) return "Dit bestand heeft een onbekende versie (" + String(data.version) + ").";
    var s = fresh();
    return copy(data.ticks, s.ticks, function (v) { return v === true; }) &&
      copy(data.answers, s.answers, function (v) { return typeof v === "string"; })
      ? s : "Dit bestand is beschadigd: de vinkjes of antwoorden kloppen niet.";
  }

  function copy(src, dst, ok) {
    if (src === undefined) return true;
    if (!isObj(src)) return false;
    return Object.keys(src).every(function (p) {
      if (!isObj(src[p])) return false;
      var b = dst[p] = obj();
      return Object.keys(src[p]).every(function (k) { b[k] = src[p][k]; return ok(b[k]); });
    });
  }

  function load() {
    var raw, s;
    try { raw = localStorage.getItem(KEY); } catch (e) { return off("deze browser staat niet toe dat de site iets bewaart"); }
    saving = true;
    if (raw === null) { state = fresh(); return; }
    try { s = check(JSON.parse(raw)); } catch (e) { s = ""; }
    if (typeof s === "string") { state = fresh(); return off("wat in deze browser bewaard is, is onleesbaar"); }
    state = s;
  }

  function save() {
    clearTimeout(timer);
    timer = 0;
    if (!saving) return;
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {
      off(e && e.name === "QuotaExceededError" ? "de opslag van deze browser is vol" : "deze browser staat niet toe dat de site iets bewaart");
    }
  }

  function off(reason) {
    saving = false;
    why = reason;
    notice();
  }

  // The page --------------------------------------------------------------------------------------

  function words(s) { return s ? s.split(" ") : []; }
  function all(sel, root) { return Array.prototype.slice.call((root || d).querySelectorAll(sel)); }
  function bucketOf(el) {
    var c = el.closest("[data-reflection],[data-answers]");
    return c && (c.getAttribute("data-reflection") || c.getAttribute("data-answers"));
  }

  // What this page knows: per principle its aliases, items and questions (each with aliases).
  function read() {
    var s = {};
    function entry(p) { return s[p] || (s[p] = { aliases: [], items: {}, questions: {} }); }
    all("[data-manifest]").forEach(function (el) {
      try {
        var m = JSON.parse(el.getAttribute("data-manifest"));
        Object.keys(m).forEach(function (p) { var e = entry(p); e.aliases = m[p].aliases; e.items = m[p].items; });
      } catch (e) { /* a broken manifest only loses counts */ }
    });
    all("[data-checklist]").forEach(function (list) {
      var e = entry(list.getAttribute("data-checklist"));
      e.aliases = words(list.getAttribute("data-aliases"));
      all("[data-item]", list).forEach(function (i) { e.items[i.getAttribute("data-item")] = words(i.getAttribute("data-aliases")); });
    });
    all("[data-question]").forEach(function (q) {
      var p = bucketOf(q);
      if (p) entry(p).questions[q.getAttribute("data-question")] = words(q.getAttribute("data-aliases"));
    });
    return s;
  }

  // Moves ticks and answers kept under old ids (aliases) to the current ids; true when any moved.
  function migrate() {
    var moved = false;
    Object.keys(schema).forEach(function (p) {
      var e = schema[p];
      [["ticks", e.items], ["answers", e.questions]].forEach(function (pair) {
        var top = state[pair[0]];
        e.aliases.forEach(function (a) {
          if (!top[a]) return;
          var b = top[p] || (top[p] = obj());
          Object.keys(top[a]).forEach(function (k) { if (!(k in b)) b[k] = top[a][k]; });
          delete top[a];
          moved = true;
        });
        var b = top[p];
        if (b) Object.keys(pair[1]).forEach(function (id) {
          pair[1][id].forEach(function (a) {
            if (!(a in b)) return;
            if (!(id in b)) b[id] = b[a];
            delete b[a];
            moved = true;
          });
        });
      });
    });
    return moved;
  }

  // Ticked and total items of the principles ``ps``; ticks for unknown ids do not count.
  function count(ps) {
    var n = 0, t = 0;
    ps.forEach(function (p) {
      var b = state.ticks[p] || {};
      Object.keys(schema[p] ? schema[p].items : {}).forEach(function (id) { t++; if (b[id]) n++; });
    });
    return [n, t];
  }

  function render() {
    all("[data-checklist] [data-item]").forEach(function (i) {
      var b = state.ticks[i.closest("[data-checklist]").getAttribute("data-checklist")];
      i.checked = !!(b && b[i.getAttribute("data-item")]);
    });
    all("[data-answer]").forEach(function (t) {
      var b = state.answers[bucketOf(t)];
      if (t !== d.activeElement) t.value = (b && b[t.getAttribute("data-answer")]) || "";
    });
    all("[data-answers]").forEach(function (box) {
      var b = state.answers[box.getAttribute("data-answers")] || {}, any = false;
      all("[data-question]", box).forEach(function (q) {
        var v = b[q.getAttribute("data-question")] || "";
        q.querySelector(".vk-answers__text").textContent = v;
        q.hidden = !v;
        any = any || !!v;
      });
      box.hidden = !any;
    });
    all("[data-count]").forEach(function (el) {
      var c = count(words(el.getAttribute("data-count")));
      var text = c[0] + " van " + c[1], bar = el.querySelector(".vk-progress__bar > span");
      var out = el.querySelector(".vk-progress__text");
      if (out.textContent !== text) out.textContent = text;
      if (bar) bar.style.width = (c[1] ? Math.round(100 * c[0] / c[1]) : 0) + "%";
    });
    all("[data-vk-show]").forEach(function (el) { el.hidden = false; });
  }

  // The "saving is off" notice at the top of the page, once.
  function notice() {
    var n = d.querySelector(".vk-notice"), at = d.querySelector(".md-content__inner");
    if (saving || !at || !d.querySelector("[data-checklist],[data-count],[data-answer]")) {
      if (saving && n) n.remove();
      return;
    }
    if (!n) {
      n = d.createElement("p");
      n.className = "vk-notice";
      n.setAttribute("role", "status");
      at.insertBefore(n, at.firstChild);
    }
    n.textContent = "Opslaan staat uit: " + why + ". Je vinkjes en antwoorden gelden alleen voor dit bezoek.";
  }

  function say(text, bad) {
    var m = d.querySelector("[data-vk-message]");
    if (!m) return;
    m.textContent = text;
    m.classList.toggle("vk-message--error", !!bad);
  }

  function mount() {
    if (timer) save();
    if (saving) load();
    schema = read();
    if (migrate()) save();
    render();
    notice();
  }

  // Actions -----------------------------------------------------------------------------------------

  function exportFile() {
    var now = new Date().toISOString();
    var data = { version: VERSION, exported: now, ticks: state.ticks, answers: state.answers };
    var a = d.createElement("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" }));
    a.download = "vertrouwenskompas-" + now.slice(0, 10) + ".json";
    d.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 5000);
    say("Je checklist is opgeslagen als " + a.download + ".");
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var s;
      try { s = check(JSON.parse(text)); } catch (e) { s = "Dit bestand kan niet gelezen worden: het is geen JSON-bestand van het Vertrouwenskompas."; }
      if (typeof s === "string") return say("Niets geïmporteerd. " + s, true);
      if (Object.keys(state.ticks).length + Object.keys(state.answers).length &&
        !confirm("Je huidige vinkjes en antwoorden in deze browser worden vervangen door die uit het bestand. Doorgaan?")) return;
      state = s;
      migrate();
      save();
      render();
      say("Geïmporteerd uit " + file.name + ".");
    }).catch(function () { say("Niets geïmporteerd: het bestand kan niet gelezen worden.", true); })
      .then(function () { input.value = ""; });
  }

  function reset(p, title) {
    if (!confirm(p ? "Alle vinkjes en antwoorden bij ‘" + title + "’ wissen?" : "Al je vinkjes en antwoorden in deze browser wissen?")) return;
    if (p) {
      delete state.ticks[p];
      delete state.answers[p];
      save();
    } else {
      state = fresh();
      try { localStorage.removeItem(KEY); saving = true; } catch (e) { /* saving stays off */ }
      notice();
    }
    render();
    say(p ? "‘" + title + "’ is gewist." : "Alles is gewist.");
  }

  d.addEventListener("change", function (ev) {
    var i = ev.target, list = i.closest && i.closest("[data-checklist]");
    if (list && i.hasAttribute("data-item")) {
      var p = list.getAttribute("data-checklist"), b = state.ticks[p] || (state.ticks[p] = obj());
      if (i.checked) b[i.getAttribute("data-item")] = true;
      else delete b[i.getAttribute("data-item")];
      if (!Object.keys(b).length) delete state.ticks[p];
      save();
      render();
    } else if (i.hasAttribute && i.hasAttribute("data-vk-import")) importFile(i);
  });

  d.addEventListener("input", function (ev) {
    var t = ev.target, p = t.hasAttribute && t.hasAttribute("data-answer") && bucketOf(t);
    if (!p) return;
    var b = state.answers[p] || (state.answers[p] = obj()), q = t.getAttribute("data-answer");
    if (t.value.trim()) b[q] = t.value;
    else delete b[q];
    if (!Object.keys(b).length) delete state.answers[p];
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  });

  d.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("[data-vk-action]");
    if (!b) return;
    var act = b.getAttribute("data-vk-action");
    if (act === "export") exportFile();
    else if (act === "import") d.querySelector("[data-vk-import]").click();
    else if (act === "reset") reset(b.getAttribute("data-principle"), b.getAttribute("data-title"));
  });

  window.addEventListener("storage", function (ev) {
    if (ev.key !== KEY && ev.key !== null) return;
    saving = true;
    mount();
  });
  window.addEventListener("pagehide", function () { if (timer) save(); });

  if (window.document$) window.document$.subscribe(mount);
  else if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
