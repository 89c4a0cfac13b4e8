/* De spiegel: a team session with no server. Loaded only on the spiegel pages.
 *
 * Participants' page ([data-spiegel="meedoen"]): answer the chosen principles' checklist items
 * on a scale, get the answers as a text code and a QR code (vendor/qrcode-generator).
 * Facilitator's page ([data-spiegel="leider"]): start a session, collect codes by camera
 * (vendor/jsqr, loaded on first use) or paste, the leader's own view, the mirror, the report.
 *
 * The code format is written down in kompas/site/spiegel.py and the README ("De spiegel").
 * Storage: one localStorage key, `<site path>vertrouwenskompas.spiegel.v1`:
 *   {"version": 1,
 *    "sessions": {"<session>": {"p": [principle ids], "codes": {"<response>": "<code>"},
 *                               "leider": {"<item id>": "<scale>"}, "afspraken": "text"}},
 *    "meedoen": {"<session>": {"choice": "<hash>", "response": "<id>", "answers": {...}}}}
 * The personal checklist's key (`…vertrouwenskompas.v1`, versions 1 and 2) is only read.
 *
 * The script tag sits in the page content: Material runs it again after each instant
 * navigation to a spiegel page, and it mounts on document$ and on first load (file://).
 */
(() => {
  if (window.vkSpiegel) {
    window.vkSpiegel();
    return;
  }
  const VERSION = 1;
  const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const SCALE = ["nooit", "soms", "vaak", "altijd", "onbekend"];
  const LABELS = { nooit: "nooit", soms: "soms", vaak: "vaak", altijd: "altijd", onbekend: "weet ik niet" };
  const MINIMUM = 3; // answers before the mirror shows anything
  const FIND = /VK\d+(?:-[0-9A-Z]*)+/gi;

  const all = (el, sel) => [...el.querySelectorAll(sel)];
  const one = (el, sel) => el.querySelector(sel);

  // --- Codes ---------------------------------------------------------------------------

  const fnv1a = (text) => {
    let h = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    return h;
  };
  const base36 = (n, width) => {
    let out = "";
    for (let i = 0; i < width; i++) {
      out = DIGITS[n % 36] + out;
      n = Math.floor(n / 36);
    }
    return out;
  };
  const random36 = (width) => base36(crypto.getRandomValues(new Uint32Array(1))[0] % 36 ** width, width);
  const choiceHash = (itemIds) => base36(fnv1a(itemIds.join(",")) % 36 ** 3, 3);

  const encode = (session, itemIds, response, answers) => {
    const values = itemIds.map((id) => (answers[id] ? SCALE.indexOf(answers[id]) + 1 : 0));
    if (values.length % 2) values.push(0);
    let packed = "";
    for (let i = 0; i < values.length; i += 2) packed += DIGITS[values[i] * 6 + values[i + 1]];
    const body = `VK${VERSION}-${session}-${choiceHash(itemIds)}-${response}-${packed}`;
    return `${body}-${base36(fnv1a(body) % 36 ** 3, 3)}`;
  };

  const damaged = "Deze code is beschadigd of onvolledig: kopieer of scan hem opnieuw.";
  // The answers in a code for this session and choice, or an Error whose message says why not.
  const decode = (raw, session, itemIds) => {
    const code = raw.trim().toUpperCase();
    const start = /^VK(\d+)-/.exec(code);
    if (!start) throw new Error("Dit is geen spiegelcode: een code begint met VK1-.");
    if (Number(start[1]) > VERSION) throw new Error("Deze code komt uit een nieuwere versie van de spiegel: ververs de pagina.");
    const m = /^VK(\d+)-([0-9A-Z]{4})-([0-9A-Z]{3})-([0-9A-Z]{3})-([0-9A-Z]*)-([0-9A-Z]{3})$/.exec(code);
    if (!m || base36(fnv1a(code.slice(0, -4)) % 36 ** 3, 3) != m[6]) throw new Error(damaged);
    if (m[2] != session) throw new Error(`Deze code hoort bij een andere sessie (${m[2]}).`);
    if (m[3] != choiceHash(itemIds) || m[5].length != Math.ceil(itemIds.length / 2)) {
      throw new Error("Deze code hoort bij een andere keuze van principes.");
    }
    const values = [...m[5]].flatMap((c) => { const v = DIGITS.indexOf(c); return [Math.floor(v / 6), v % 6]; });
    if (values.some((v) => v > SCALE.length)) throw new Error(damaged);
    const answers = {};
    itemIds.forEach((id, i) => { if (values[i]) answers[id] = SCALE[values[i] - 1]; });
    return { code, response: m[4], answers };
  };

  // --- Storage -------------------------------------------------------------------------

  const scope = () => (window.__md_scope ? __md_scope.pathname : "/");
  const KEY = () => scope() + "vertrouwenskompas.spiegel.v1";
  let writable = true;
  const load = () => {
    try {
      const raw = localStorage.getItem(KEY());
      const data = raw && JSON.parse(raw);
      if (!data) return { version: VERSION, sessions: {}, meedoen: {} };
      if (data.version === VERSION) return { sessions: {}, meedoen: {}, ...data };
    } catch (e) {}
    writable = false; // unreadable or newer: leave it untouched
    return { version: VERSION, sessions: {}, meedoen: {} };
  };
  const save = (state) => {
    if (!writable) return false;
    try {
      localStorage.setItem(KEY(), JSON.stringify(state));
      return true;
    } catch (e) {
      return false;
    }
  };
  // The personal checklist's ticks (version 1 or 2 of its record), read only.
  const checklistTicks = () => {
    try {
      const data = JSON.parse(localStorage.getItem(scope() + "vertrouwenskompas.v1"));
      if (data && (data.version === 1 || data.version === 2) && data.ticks) return data.ticks;
    } catch (e) {}
    return {};
  };

  // --- Shared helpers ------------------------------------------------------------------

  // The chosen principles (site order) from ?p= (ids or old ids); all without ?p=.
  const chosen = (data, p) => {
    if (p === null || p === undefined) return data.principles;
    const wanted = p.split(",");
    return data.principles.filter((pr) => [pr.id, ...pr.aliases].some((id) => wanted.includes(id)));
  };
  const itemsOf = (principles) => principles.flatMap((p) => p.items.map((i) => ({ ...i, principle: p })));

  const SVG = "http://www.w3.org/2000/svg";
  // A QR code as an <svg role="img"> (alphanumeric mode for codes, byte mode for links).
  const qrSvg = (text, label, mode) => {
    const qr = qrcode(0, "M");
    qr.addData(text, mode);
    qr.make();
    const n = qr.getModuleCount(), margin = 4, size = n + 2 * margin;
    let d = "";
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + margin},${r + margin}h1v1h-1z`;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
    svg.setAttribute("shape-rendering", "crispEdges");
    svg.setAttribute("data-qr-version", String((n - 17) / 4));
    const bg = document.createElementNS(SVG, "rect");
    bg.setAttribute("width", size);
    bg.setAttribute("height", size);
    bg.setAttribute("fill", "#fff");
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "#000");
    svg.append(bg, path);
    return svg;
  };
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    node.append(...children);
    return node;
  };
  const download = (name, type, text) => {
    const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  };
  const number = (x) => (x === null ? "–" : x.toLocaleString("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const signed = (x) => (x === null ? "–" : (x > 0 ? "+" : x < 0 ? "−" : "") + number(Math.abs(x)));

  // --- Participants' page ----------------------------------------------------------------

  const mountMeedoen = (root, data) => {
    const query = new URLSearchParams(location.search);
    const session = (query.get("s") || "").toUpperCase();
    const form = one(root, "[data-spiegel-form]"), done = one(root, "[data-spiegel-done]");
    const principles = chosen(data, query.get("p"));
    if (!/^[0-9A-Z]{4}$/.test(session) || !principles.length) {
      one(root, "[data-spiegel-missing]").hidden = false;
      return;
    }
    const ids = principles.map((p) => p.id);
    const items = itemsOf(principles).map((i) => i.id);
    const choice = choiceHash(items);
    all(root, "[data-spiegel-principle]").forEach((s) => { if (!ids.includes(s.dataset.spiegelPrinciple)) s.remove(); });
    one(root, "[data-spiegel-sid]").textContent = session;
    const state = load();
    let mine = state.meedoen[session];
    if (!mine || mine.choice != choice) mine = { choice, response: random36(3), answers: {} };
    all(form, "[data-spiegel-item] input").forEach((input) => {
      input.checked = mine.answers[input.closest("[data-spiegel-item]").dataset.spiegelItem] === input.value;
    });
    const store = () => {
      const fresh = load();
      fresh.meedoen[session] = mine;
      save(fresh);
    };
    form.onchange = ({ target }) => {
      const item = target.closest("[data-spiegel-item]");
      if (item) mine.answers[item.dataset.spiegelItem] = target.value;
      store();
    };
    const show = () => {
      const code = encode(session, items, mine.response, mine.answers);
      const open = items.filter((id) => !mine.answers[id]).length;
      one(root, "[data-spiegel-code]").textContent = code;
      one(root, "[data-spiegel-qr]").replaceChildren(qrSvg(code, `QR-code met jouw antwoorden: ${code}`, "Alphanumeric"));
      one(root, "[data-spiegel-copied]").textContent = open ? `${open} uitspraken zijn open gelaten; die tellen niet mee.` : "";
      form.hidden = true;
      done.hidden = false;
      done.focus();
    };
    form.onsubmit = (event) => {
      event.preventDefault();
      store();
      show();
    };
    done.onclick = ({ target }) => {
      const act = target.dataset.act;
      const code = one(root, "[data-spiegel-code]").textContent;
      const said = one(root, "[data-spiegel-copied]");
      if (act == "copy") {
        const ok = () => { said.textContent = "De code is gekopieerd."; };
        const fail = () => {
          getSelection().selectAllChildren(one(root, "[data-spiegel-code]"));
          said.textContent = "Kopiëren lukt hier niet: de code is geselecteerd, kopieer hem zelf.";
        };
        if (navigator.clipboard) navigator.clipboard.writeText(code).then(ok, fail);
        else fail();
      } else if (act == "edit") {
        done.hidden = true;
        form.hidden = false;
        one(form, "input").focus();
      }
    };
    form.hidden = false;
  };

  // --- Facilitator's page --------------------------------------------------------------

  const mountLeider = (root, data) => {
    const words = data.words; // who is mirrored and by whom (the plugin's spiegel options)
    const start = one(root, "[data-spiegel-start]"), view = one(root, "[data-spiegel-session]");
    const picks = all(start, "[data-pick]");
    const messages = one(root, "[data-spiegel-messages]");
    let camera = null;

    const say = (lines) => {
      messages.replaceChildren(el("ul", {}, ...lines.map((t) => el("li", {}, t))));
    };
    const address = (session, ids) => {
      const parts = session ? ["s=" + session] : [];
      if (ids && ids.length < data.principles.length) parts.push("p=" + ids.join(","));
      return location.pathname + (parts.length ? "?" + parts.join("&") : "");
    };

    // Step 1: the picker (the same as the handout's; the choice lives in the address).
    const showStart = () => {
      stopCamera();
      const p = new URLSearchParams(location.search).get("p");
      const wanted = chosen(data, p).map((pr) => pr.id);
      picks.forEach((box) => { box.checked = wanted.includes(box.value); });
      view.hidden = true;
      start.hidden = false;
      count();
    };
    const count = () => {
      const n = picks.filter((b) => b.checked).length;
      one(start, "[data-spiegel-chosen]").textContent = `${n} van ${picks.length} principes gekozen`;
    };
    start.onchange = () => {
      count();
      history.replaceState(history.state, "", address(null, picks.filter((b) => b.checked).map((b) => b.value)));
    };
    start.onclick = ({ target }) => {
      const act = target.dataset.act;
      if (!act) return;
      picks.forEach((b) => { b.checked = act == "all"; });
      start.onchange();
    };
    start.onsubmit = (event) => {
      event.preventDefault();
      const ids = picks.filter((b) => b.checked).map((b) => b.value);
      if (!ids.length) {
        one(start, "[data-spiegel-chosen]").textContent = "Kies minstens één principe om te starten.";
        return;
      }
      history.pushState(history.state, "", address(random36(4), ids));
      showSession();
    };

    // Steps 2 to 5: one session.
    const showSession = () => {
      const query = new URLSearchParams(location.search);
      const session = (query.get("s") || "").toUpperCase();
      const state = load();
      const known = state.sessions[session];
      const principles = chosen(data, known ? known.p.join(",") : query.get("p"));
      if (!/^[0-9A-Z]{4}$/.test(session) || !principles.length) return showStart();
      const ids = principles.map((p) => p.id);
      const items = itemsOf(principles);
      const itemIds = items.map((i) => i.id);
      const sess = known || { p: ids, codes: {}, leider: {}, afspraken: "" };
      const store = () => {
        const fresh = load();
        fresh.sessions[session] = sess;
        if (!save(fresh)) say(["Opslaan staat uit in deze browser: de sessie werkt, maar is weg als je de pagina sluit."]);
      };
      store();
      start.hidden = true;
      view.hidden = false;
      messages.replaceChildren();

      // The join link and its QR code: on the web relative to this page, from disk the
      // published site (participants use the published site).
      const join = one(view, "[data-spiegel-join]");
      const suffix = "?" + ["s=" + session, ...(ids.length < data.principles.length ? ["p=" + ids.join(",")] : [])].join("&");
      join.dataset.base = join.dataset.base || join.getAttribute("href");
      const href = location.protocol == "file:" && root.dataset.spiegelPublished
        ? root.dataset.spiegelPublished + suffix
        : new URL(join.dataset.base + suffix, location.href).href;
      join.href = href;
      join.textContent = href;
      one(view, "[data-spiegel-join-qr]").replaceChildren(qrSvg(href, "QR-code met de link om mee te doen", "Byte"));
      all(view, "[data-spiegel-sid]").forEach((s) => { s.textContent = session; });
      const titles = principles.map((p) => `${p.number}. ${p.title}`);
      one(view, "[data-spiegel-titles]").textContent = titles.join("; ");
      one(view, "[data-spiegel-report-principles]").replaceChildren(...titles.map((t) => el("li", {}, t)));
      const again = one(view, "[data-spiegel-new]");
      again.href = address(null, ids);
      again.onclick = (event) => {
        event.preventDefault();
        history.pushState(history.state, "", address(null, ids));
        showStart();
      };

      // The leader's own view: the same scale, or ticks from "Mijn checklist" as "vaak".
      all(view, "[data-spiegel-principle]").forEach((f) => { f.hidden = !ids.includes(f.dataset.spiegelPrinciple); });
      const own = () => all(view, "[data-spiegel-own] input").forEach((input) => {
        input.checked = sess.leider[input.closest("[data-spiegel-own]").dataset.spiegelOwn] === input.value;
      });
      own();
      one(view, ".vk-spiegel__own").onchange = ({ target }) => {
        const item = target.closest("[data-spiegel-own]");
        if (!item) return;
        sess.leider[item.dataset.spiegelOwn] = target.value;
        store();
        mirror();
      };
      one(view, "[data-spiegel-afspraken]").value = sess.afspraken || "";
      one(view, "[data-spiegel-afspraken]").oninput = ({ target }) => {
        sess.afspraken = target.value;
        store();
      };

      // Taking codes: each is checked; the same code twice counts once; a new code with the
      // same response id (a participant who changed an answer) replaces the earlier one.
      const take = (raw) => {
        try {
          const r = decode(raw, session, itemIds);
          const before = sess.codes[r.response];
          if (before == r.code) return `${r.code}: deze code was al binnen en telt één keer.`;
          sess.codes[r.response] = r.code;
          return `${r.code}: ${before ? "bijgewerkt (zelfde deelnemer, nieuwe antwoorden)" : "toegevoegd"}.`;
        } catch (e) {
          return `${raw.slice(0, 24)}${raw.length > 24 ? "…" : ""}: ${e.message} Er is niets veranderd.`;
        }
      };
      const tally = () => {
        const n = String(Object.keys(sess.codes).length);
        one(view, "[data-spiegel-count]").textContent = n;
        one(view, "[data-spiegel-count-print]").textContent = n;
      };
      const paste = one(view, "[data-spiegel-paste]");
      const takeAll = (text) => {
        const found = text.match(FIND) || [];
        if (!found.length) return say(["Geen code gevonden: een code begint met VK1-."]);
        say(found.map(take));
        store();
        tally();
        mirror();
      };

      // The mirror: only from MINIMUM answers on.
      const results = () => {
        const answers = Object.values(sess.codes).map((c) => decode(c, session, itemIds).answers);
        return items.map((item) => {
          const counts = Object.fromEntries(SCALE.map((v) => [v, 0]));
          answers.forEach((a) => { if (a[item.id]) counts[a[item.id]] += 1; });
          const values = SCALE.slice(0, 4).flatMap((v, score) => Array(counts[v]).fill(score));
          const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
          const spread = values.length ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) : 0;
          const leider = sess.leider[item.id] || "";
          const own = SCALE.indexOf(leider);
          const gap = own >= 0 && own < 4 && mean !== null ? own - mean : null;
          return { item, counts, mean, spread, leider, gap, total: answers.length };
        });
      };
      const mirror = () => {
        const n = Object.keys(sess.codes).length;
        const enough = n >= MINIMUM;
        one(view, "[data-spiegel-wait]").hidden = enough;
        one(view, "[data-spiegel-mirror]").hidden = !enough;
        const rows = one(view, "[data-spiegel-rows]"), talk = one(view, "[data-spiegel-talk]");
        if (!enough) {
          one(view, "[data-spiegel-wait]").textContent = `De spiegel verschijnt vanaf ${MINIMUM} antwoorden (nu ${n}), zodat niemand één antwoord kan terugzien.`;
          rows.replaceChildren();
          talk.replaceChildren();
          return;
        }
        const size = (r) => (r.gap === null ? -1 : Math.abs(r.gap));
        const list = results().sort((a, b) => size(b) - size(a) || b.spread - a.spread);
        rows.replaceChildren(...list.map((r) => {
          const bar = el("span", { class: "vk-spiegel__bar", "aria-hidden": "true" },
            ...SCALE.map((v) => el("span", { class: `vk-spiegel__bar-${v}`, style: `flex-grow:${r.counts[v]}` })));
          const attrs = { "data-spiegel-result": r.item.id, "data-leider": r.leider };
          SCALE.forEach((v) => { attrs["data-" + v] = String(r.counts[v]); });
          return el("tr", attrs,
            el("th", { scope: "row" }, r.item.text, el("br"), bar),
            ...SCALE.map((v) => el("td", {}, String(r.counts[v]))),
            el("td", {}, number(r.mean)),
            el("td", {}, r.leider ? LABELS[r.leider] : "–"),
            el("td", {}, signed(r.gap)),
            el("td", {}, number(r.spread)));
        }));
        // Where the conversation starts: the largest gaps, then the largest disagreement.
        const gaps = list.filter((r) => r.gap !== null && Math.abs(r.gap) >= 0.5).slice(0, 3);
        const spreads = [...list].sort((a, b) => b.spread - a.spread).filter((r) => r.spread >= 0.75 && !gaps.includes(r)).slice(0, 2);
        const lines = [
          ...gaps.map((r) => `${r.item.text} Jij: ${LABELS[r.leider]}; ${words.de_groep} gemiddeld ${number(r.mean)} (verschil ${signed(r.gap)}).`),
          ...spreads.map((r) => `${r.item.text} De antwoorden van ${words.de_groep} lopen hier uiteen (onenigheid ${number(r.spread)}).`),
        ];
        talk.replaceChildren(...(lines.length ? lines : [`Geen grote verschillen: jouw kijk en die van ${words.de_groep} liggen dicht bij elkaar.`]).map((t) => el("li", {}, t)));
      };

      // Export: what the mirror shows (no single code, so no single answer), the leader's
      // answers and the agreements.
      const exportData = () => {
        const enough = Object.keys(sess.codes).length >= MINIMUM;
        return {
          version: VERSION,
          session,
          answers: Object.keys(sess.codes).length,
          principles: principles.map((p) => ({ id: p.id, title: p.title })),
          items: enough ? results().map((r) => ({
            principle: r.item.principle.id, item: r.item.id, text: r.item.text, ...r.counts,
            team: r.mean, leider: r.leider || null, verschil: r.gap, onenigheid: r.spread,
          })) : [],
          afspraken: sess.afspraken || "",
        };
      };
      const csv = () => {
        const cell = (v) => (v === null || v === undefined ? "" : /[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
        const head = ["principe", "item", "uitspraak", ...SCALE, "team_gemiddeld", "leider", "verschil", "onenigheid"];
        const body = exportData().items.map((r) => [r.principle, r.item, r.text, ...SCALE.map((v) => r[v]), r.team, r.leider, r.verschil, r.onenigheid]);
        return [head, ...body].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
      };

      view.onclick = ({ target }) => {
        const act = target.dataset && target.dataset.act;
        if (act == "paste") {
          takeAll(paste.value);
          paste.value = "";
        } else if (act == "ticks") {
          const ticks = checklistTicks();
          const taken = items.filter((i) => ticks[i.principle.id] && ticks[i.principle.id][i.id] === true);
          taken.forEach((i) => { sess.leider[i.id] = "vaak"; });
          store();
          own();
          mirror();
          say([taken.length ? `${taken.length} vinkjes uit Mijn checklist overgenomen als "vaak".` : "Geen vinkjes gevonden in Mijn checklist in deze browser."]);
        } else if (act == "print") print();
        else if (act == "csv") download(`spiegel-${session}.csv`, "text/csv", csv());
        else if (act == "json") download(`spiegel-${session}.json`, "application/json", JSON.stringify(exportData(), null, 2) + "\n");
        else if (act == "wipe") {
          if (!confirm(`Sessie ${session} wissen? De codes, jouw antwoorden en de afspraken van deze sessie worden uit deze browser verwijderd.`)) return;
          const fresh = load();
          delete fresh.sessions[session];
          save(fresh);
          history.pushState(history.state, "", address(null, ids));
          showStart();
          one(start, "[data-spiegel-chosen]").textContent = `Sessie ${session} is gewist.`;
        } else if (act == "camera") startCamera((code) => takeAll(code));
        else if (act == "stop") stopCamera();
      };
      tally();
      mirror();
    };

    // The camera: frames go to jsQR (most desktop browsers have no BarcodeDetector).
    const startCamera = async (onCode) => {
      const video = one(root, "video"), stop = one(root, "[data-act=stop]");
      if (camera) return;
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return say(["Deze browser kan hier geen camera gebruiken. Plak de codes hieronder."]);
      }
      let stream;
      try {
        await loadScript(root.dataset.spiegelVendor + "jsqr/jsQR.js", "jsQR");
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch (e) {
        const denied = e && e.name == "NotAllowedError";
        return say([denied
          ? "De camera mag niet worden gebruikt: geef toestemming in je browser, of plak de codes hieronder."
          : "Geen camera gevonden. Plak de codes hieronder."]);
      }
      const seen = new Set();
      const canvas = document.createElement("canvas");
      const ctx = canvas.getContext("2d", { willReadFrequently: true });
      camera = { stream, timer: 0 };
      video.srcObject = stream;
      video.hidden = false;
      stop.hidden = false;
      say(["De camera staat aan: houd een QR-code voor de camera."]);
      try { await video.play(); } catch (e) {}
      const scan = () => {
        if (!camera) return;
        if (video.videoWidth) {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          ctx.drawImage(video, 0, 0);
          const found = jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
          if (found && found.data && !seen.has(found.data)) {
            seen.add(found.data);
            onCode(found.data);
          }
        }
        camera.timer = setTimeout(scan, 200);
      };
      scan();
    };
    const stopCamera = () => {
      if (!camera) return;
      clearTimeout(camera.timer);
      camera.stream.getTracks().forEach((t) => t.stop());
      camera = null;
      const video = one(root, "video");
      video.srcObject = null;
      video.hidden = true;
      one(root, "[data-act=stop]").hidden = true;
    };

    window.addEventListener("popstate", () => {
      if (!root.isConnected) return;
      if (new URLSearchParams(location.search).get("s")) showSession();
      else showStart();
    });
    if (new URLSearchParams(location.search).get("s")) showSession();
    else showStart();
  };

  const loadScript = (src, global) => new Promise((resolve, reject) => {
    if (window[global]) return resolve();
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("script"));
    document.head.append(s);
  });

  const mount = () => {
    const root = document.querySelector("[data-spiegel]:not([data-mounted])");
    if (!root) return;
    root.setAttribute("data-mounted", "");
    const data = JSON.parse(root.dataset.spiegelData);
    if (root.dataset.spiegel == "meedoen") mountMeedoen(root, data);
    else mountLeider(root, data);
  };
  window.vkSpiegel = mount;
  // document$ never fires on file:// pages of the offline build: mount on load too (idempotent).
  const subscribe = () => { if (window.document$) document$.subscribe(mount); };
  if (document.readyState == "loading") {
    document.addEventListener("DOMContentLoaded", () => { subscribe(); mount(); });
  } else {
    subscribe();
    mount();
  }
})();
