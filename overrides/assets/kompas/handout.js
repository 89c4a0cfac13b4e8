/* Workshop handout: choice in the address (?p=id,id); ?mijn=1 fills in stored ticks/answers. */
(() => {
  const all = (el, sel) => [...el.querySelectorAll(sel)];
  const find = (map, el, attr) => map && map[el.getAttribute(attr).split(" ").find((id) => map[id])];

  const mount = () => {
    const root = document.querySelector("[data-handout]:not([data-mounted])");
    if (!root) return;
    root.setAttribute("data-mounted", "");
    const query = new URLSearchParams(location.search);
    let mijn = query.has("mijn") && {};
    try {
      mijn = mijn && JSON.parse(localStorage.getItem(__md_scope.pathname + "vertrouwenskompas.v1")) || mijn;
    } catch (e) {}
    const ticks = mijn.ticks || {}, answers = mijn.answers || {};
    const picks = all(root, "[data-pick]");
    // Chosen: ?p=, else (mijn) what the reader worked on, else all.
    const p = query.get("p");
    const wanted = p !== null ? p.split(",") : Object.keys({ ...ticks, ...answers });
    const hit = (box) => box.dataset.pick.split(" ").some((id) => wanted.includes(id));
    const none = p === null && !picks.some(hit);
    picks.forEach((box) => { box.checked = none || hit(box); });
    const update = (write) => {
      const chosen = picks.filter((b) => b.checked).map((b) => b.value);
      all(root, "[data-sheet]").forEach((el) => { el.hidden = !chosen.includes(el.dataset.sheet); });
      root.querySelector("output").textContent = `${chosen.length} van ${picks.length} principes gekozen`;
      const parts = mijn ? ["mijn=1"] : [];
      if (chosen.length < picks.length) parts.push("p=" + chosen);
      if (write) history.replaceState(history.state, "", parts.length ? "?" + parts.join("&") : location.pathname);
    };
    root.onchange = () => update(true);
    root.onclick = ({ target }) => {
      const act = target.dataset.act;
      if (act == "print") print();
      else if (act) { picks.forEach((b) => { b.checked = act == "all"; }); update(true); }
    };

    if (mijn) {
      all(root, "[data-mijn]").forEach((el) => { el.hidden = !el.hidden; });
      root.querySelector("[data-date]").textContent = new Date().toLocaleDateString("nl-NL");
      all(root, "[data-sheet-item],[data-sheet-answer]").forEach((li) => {
        const id = li.closest("[data-sheet]").dataset.sheet;
        const tick = li.dataset.sheetItem && find(ticks[id], li, "data-sheet-item") === true;
        const text = li.dataset.sheetAnswer && find(answers[id], li, "data-sheet-answer");
        const el = li.children[tick ? 0 : 1];
        if (tick) el.setAttribute("aria-label", "aangevinkt");
        if (tick || typeof text == "string" && text.trim()) {
          el.textContent = tick ? "✓" : text;
          el.hidden = false;
        }
      });
    }
    root.querySelector("form").hidden = false;
    update(false);
  };
  // document$ never fires on file:// pages of the offline build: mount on load too (idempotent).
  if (window.document$) document$.subscribe(mount);
  if (document.readyState == "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
