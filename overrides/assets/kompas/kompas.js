/* Personal checklist, kept in this browser only. Mounted on Material's document$.
   Storage: key "<site path>vertrouwenskompas.v1" =
   {"version": 1, "ticks": {principle: {item: true}}, "answers": {principle: {question: text}}}.
   User text is only ever set as textContent or value, never as HTML. */
(() => {
  "use strict";
  if (window.__vk) return;
  window.__vk = 1;
  const d = document, V = 1, obj = () => Object.create(null);
  const $$ = (sel, el = d) => [...el.querySelectorAll(sel)];
  const attr = (el, name) => el.getAttribute(name);
  const words = (s) => (s ? s.split(" ") : []);
  const keys = Object.keys, isObj = (x) => x && typeof x == "object" && !Array.isArray(x);
  const fresh = () => ({ version: V, ticks: obj(), answers: obj() });
  const BLOCKED = "deze browser staat niet toe dat de site iets bewaart";
  let KEY = "/vertrouwenskompas.v1", state = fresh(), saving = true, why = "", schema = {}, timer = 0;
  try {
    KEY = (window.__md_scope || new URL(JSON.parse(d.getElementById("__config").textContent).base, location))
      .pathname + "vertrouwenskompas.v1";
  } catch (e) { /* keep the root key */ }

  // A valid state from parsed data, or a Dutch sentence saying what is wrong with it.
  const check = (data) => {
    if (!isObj(data) || !("version" in data)) return "Dit is geen bestand van het Vertrouwenskompas.";
    if (data.version > V) return "Dit bestand komt uit een nieuwere versie van het Vertrouwenskompas.";
    if (data.version !== V) return `Dit bestand heeft een onbekende versie (${data.version}).`;
    const s = fresh();
    const copy = (src, dst, ok) => src === undefined || (isObj(src) && keys(src).every((p) =>
      isObj(src[p]) && keys(src[p]).every((k) => ok((dst[p] = dst[p] || obj())[k] = src[p][k]))));
    return copy(data.ticks, s.ticks, (v) => v === true) && copy(data.answers, s.answers, (v) => typeof v == "string")
      ? s : "Dit bestand is beschadigd: de vinkjes of antwoorden kloppen niet.";
  };

  const load = () => {
    let raw, s;
    try { raw = localStorage.getItem(KEY); } catch (e) { return off(BLOCKED); }
    saving = true;
    try { s = raw === null ? fresh() : check(JSON.parse(raw)); } catch (e) { s = ""; }
    if (typeof s == "string") { state = fresh(); return off("wat in deze browser bewaard is, is onleesbaar"); }
    state = s;
  };

  const save = () => {
    clearTimeout(timer);
    timer = 0;
    if (saving) try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {
      off(e.name == "QuotaExceededError" ? "de opslag van deze browser is vol" : BLOCKED);
    }
  };

  const off = (reason) => { saving = false; why = reason; notice(); };

  // The "saving is off" notice at the top of a page with checklist parts, once.
  const notice = () => {
    let n = d.querySelector(".vk-notice");
    const at = d.querySelector(".md-content__inner");
    if (saving || !at || !d.querySelector("[data-checklist],[data-count],[data-answer]")) return saving && n && n.remove();
    if (!n) {
      n = at.insertBefore(d.createElement("p"), at.firstChild);
      n.className = "vk-notice";
      n.setAttribute("role", "status");
    }
    n.textContent = `Opslaan staat uit: ${why}. Je vinkjes en antwoorden gelden alleen voor dit bezoek.`;
  };

  const say = (text, bad) => {
    const m = d.querySelector("[data-vk-message]");
    if (m) { m.textContent = text; m.classList.toggle("vk-message--error", !!bad); }
  };

  const bucketOf = (el) => {
    const c = el.closest("[data-reflection],[data-answers]");
    return c && (attr(c, "data-reflection") || attr(c, "data-answers"));
  };

  // Per principle on this page: its old ids, and its items and questions with their old ids.
  const read = () => {
    const s = {}, entry = (p) => s[p] || (s[p] = { aliases: [], items: {}, questions: {} });
    $$("[data-manifest]").forEach((el) => {
      try { const m = JSON.parse(attr(el, "data-manifest")); keys(m).forEach((p) => Object.assign(entry(p), m[p])); } catch (e) { /* no counts */ }
    });
    $$("[data-checklist]").forEach((list) => {
      const e = entry(attr(list, "data-checklist"));
      e.aliases = words(attr(list, "data-aliases"));
      $$("[data-item]", list).forEach((i) => { e.items[attr(i, "data-item")] = words(attr(i, "data-aliases")); });
    });
    $$("[data-question]").forEach((q) => {
      const p = bucketOf(q);
      if (p) entry(p).questions[attr(q, "data-question")] = words(attr(q, "data-aliases"));
    });
    return s;
  };

  // Moves ticks and answers kept under old ids (aliases) to the current ids; true if any moved.
  const migrate = () => {
    let moved = false;
    const move = (from, to, a, b) => {
      if (!(b in from)) return;
      if (!(a in to)) to[a] = from[b];
      delete from[b];
      moved = true;
    };
    keys(schema).forEach((p) => [["ticks", "items"], ["answers", "questions"]].forEach(([top, kind]) => {
      const all = state[top], ids = schema[p][kind];
      schema[p].aliases.forEach((a) => {
        if (all[a]) { const b = all[p] || (all[p] = obj()); keys(all[a]).forEach((k) => move(all[a], b, k, k)); delete all[a]; }
      });
      if (all[p]) keys(ids).forEach((id) => ids[id].forEach((a) => move(all[p], all[p], id, a)));
    }));
    return moved;
  };

  const render = () => {
    $$("[data-checklist] [data-item]").forEach((i) => {
      i.checked = !!(state.ticks[attr(i.closest("[data-checklist]"), "data-checklist")] || {})[attr(i, "data-item")];
    });
    $$("[data-answer]").forEach((t) => {
      if (t !== d.activeElement) t.value = (state.answers[bucketOf(t)] || {})[attr(t, "data-answer")] || "";
    });
    $$("[data-answers]").forEach((box) => {
      const b = state.answers[attr(box, "data-answers")] || {};
      box.hidden = !$$("[data-question]", box).reduce((any, q) => {
        const v = b[attr(q, "data-question")] || "";
        q.querySelector("dd").textContent = v;
        q.hidden = !v;
        return any || !!v;
      }, false);
    });
    $$("[data-count]").forEach((el) => {
      let n = 0, t = 0;
      words(attr(el, "data-count")).forEach((p) => keys(schema[p] ? schema[p].items : {}).forEach((id) => {
        t++;
        if ((state.ticks[p] || {})[id]) n++;
      }));
      const out = el.querySelector(".vk-progress__text"), bar = el.querySelector(".vk-progress__bar > span");
      if (out.textContent != `${n} van ${t}`) out.textContent = `${n} van ${t}`;
      if (bar) bar.style.width = (t ? Math.round(100 * n / t) : 0) + "%";
    });
  };

  const mount = () => {
    if (timer) save();
    if (saving) load();
    schema = read();
    if (migrate()) save();
    render();
    notice();
  };

  const exportFile = () => {
    const now = new Date().toISOString(), a = d.createElement("a");
    const data = { version: V, exported: now, ticks: state.ticks, answers: state.answers };
    a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    a.download = `vertrouwenskompas-${now.slice(0, 10)}.json`;
    d.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    say(`Je checklist is opgeslagen als ${a.download}.`);
  };

  const importFile = (input) => {
    const file = input.files[0];
    if (file) file.text().then((text) => {
      let s;
      try { s = check(JSON.parse(text)); } catch (e) { s = "Het is geen JSON-bestand van het Vertrouwenskompas."; }
      if (typeof s == "string") return say(`Niets geïmporteerd. ${s}`, true);
      if (keys(state.ticks).length + keys(state.answers).length &&
        !confirm("Je huidige vinkjes en antwoorden in deze browser worden vervangen door die uit het bestand. Doorgaan?")) return;
      state = s;
      saving = true; // an import replaces everything, unreadable stored data included
      migrate();
      save();
      render();
      notice();
      say(`Geïmporteerd uit ${file.name}.`);
    }).catch(() => say("Niets geïmporteerd: het bestand kan niet gelezen worden.", true)).then(() => { input.value = ""; });
  };

  const reset = (p, title) => {
    if (!confirm(p ? `Alle vinkjes en antwoorden bij ‘${title}’ wissen?` : "Al je vinkjes en antwoorden in deze browser wissen?")) return;
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
    say(p ? `‘${title}’ is gewist.` : "Alles is gewist.");
  };

  // Sets or clears one entry of a bucket in state.ticks or state.answers.
  const put = (top, p, k, v) => {
    const b = top[p] || (top[p] = obj());
    if (v) b[k] = v; else delete b[k];
    if (!keys(b).length) delete top[p];
  };

  d.addEventListener("change", ({ target: i }) => {
    const list = i.closest("[data-checklist]");
    if (list && i.hasAttribute("data-item")) {
      put(state.ticks, attr(list, "data-checklist"), attr(i, "data-item"), i.checked);
      save();
      render();
    } else if (i.hasAttribute("data-vk-import")) importFile(i);
  });
  d.addEventListener("input", ({ target: t }) => {
    const p = t.hasAttribute("data-answer") && bucketOf(t);
    if (!p) return;
    put(state.answers, p, attr(t, "data-answer"), t.value.trim() && t.value);
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  });
  d.addEventListener("click", ({ target }) => {
    const b = target.closest && target.closest("[data-vk-action]"), act = b && attr(b, "data-vk-action");
    if (act == "export") exportFile();
    if (act == "import") d.querySelector("[data-vk-import]").click();
    if (act == "reset") reset(attr(b, "data-principle"), attr(b, "data-title"));
  });
  addEventListener("storage", (e) => { if (e.key == KEY || e.key === null) { saving = true; mount(); } });
  addEventListener("pagehide", () => timer && save());

  // document$ fires on every instant-navigation page change, but never on file:// pages of
  // the offline build: mount on the first load as well (mounting twice is harmless).
  if (window.document$) document$.subscribe(mount);
  if (d.readyState == "loading") d.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
