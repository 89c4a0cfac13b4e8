/* Workshop handout: pick principles (kept in the address as ?p=id,id), print, and with
   ?mijn=1 fill in the reader's own ticks and answers from localStorage (read only). */
(() => {
  "use strict";
  const $$ = (el, sel) => [...el.querySelectorAll(sel)];
  const ids = (el, attr) => (el.getAttribute(attr) || "").split(" ");
  // The value a map holds for any of an element's ids (its id, then old aliases).
  const find = (map, el, attr) => map && map[ids(el, attr).find((id) => map[id])];
  // The principle ids in a ticks or answers map that hold anything.
  const used = (map) => Object.keys(map || {}).filter((id) => Object.keys(map[id] || {}).length);

  // The stored ticks and answers (STORAGE CONTRACT, scoped to the site like Material).
  const load = () => {
    try {
      const data = JSON.parse(localStorage.getItem(__md_scope.pathname + "vertrouwenskompas.v1"));
      return data && data.version === 1 ? data : {};
    } catch (e) { return {}; }
  };

  const mount = () => {
    const root = document.querySelector("[data-handout]");
    if (!root || root.hasAttribute("data-mounted")) return;
    root.setAttribute("data-mounted", "");
    const one = (sel) => root.querySelector(sel);
    const query = new URLSearchParams(location.search);
    const mijn = query.has("mijn") && load();
    const picks = $$(root, "[data-pick]");
    // Chosen: the address's ?p= list, else (mijn) the principles the reader worked on, else all.
    const p = query.get("p");
    const wanted = p !== null ? p.split(",") : mijn ? used(mijn.ticks).concat(used(mijn.answers)) : [];
    const update = (write) => {
      const chosen = picks.filter((b) => b.checked).map((b) => b.value);
      $$(root, "[data-sheet],[data-sheet-toc]").forEach((el) => {
        el.hidden = !chosen.includes(el.dataset.sheet || el.dataset.sheetToc);
      });
      one("[data-handout-count]").textContent = `${chosen.length} van ${picks.length} principes gekozen`;
      if (!write) return;
      const parts = mijn ? ["mijn=1"] : [];
      if (chosen.length < picks.length) parts.push("p=" + chosen.join(","));
      history.replaceState(history.state, "", location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash);
    };
    const every = (on) => () => { picks.forEach((b) => { b.checked = on; }); update(true); };

    picks.forEach((box) => {
      box.checked = !wanted.length || [box.value, ...ids(box, "data-aliases")].some((id) => wanted.includes(id));
      box.addEventListener("change", () => update(true));
    });
    one("[data-handout-all]").addEventListener("click", every(true));
    one("[data-handout-none]").addEventListener("click", every(false));
    one("[data-handout-print]").addEventListener("click", () => window.print());

    if (mijn) {
      const title = one("[data-handout-title]");
      title.textContent = title.dataset.mijnTitle;
      one("[data-handout-date]").textContent = new Date().toLocaleDateString("nl-NL");
      one("[data-handout-mijn]").hidden = false;
      $$(root, "[data-sheet]").forEach((sheet) => {
        const id = sheet.dataset.sheet;
        $$(sheet, "[data-sheet-item]").forEach((li) => {
          if (find((mijn.ticks || {})[id], li, "data-sheet-item") !== true) return;
          li.firstElementChild.textContent = "✓";
          li.firstElementChild.setAttribute("aria-label", "aangevinkt");
        });
        $$(sheet, "[data-sheet-answer]").forEach((li) => {
          const text = find((mijn.answers || {})[id], li, "data-sheet-answer");
          if (typeof text !== "string" || !text.trim()) return;
          const answer = document.createElement("p");
          answer.className = "vk-sheet__answer";
          answer.textContent = text;
          li.firstElementChild.after(answer);
          sheet.classList.add("vk-sheet--filled");
        });
      });
    }
    one("[data-handout-picker]").hidden = false;
    update(false);
  };

  document$.subscribe(mount);
})();
