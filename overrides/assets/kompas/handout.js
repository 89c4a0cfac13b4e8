/* Workshop handout: the chosen principles live in the address (?p=id,id); ?mijn=1 fills
   in the reader's own ticks and answers, read from the STORAGE CONTRACT key. */
(() => {
  const all = (el, sel) => [...el.querySelectorAll(sel)];
  const ids = (el, attr) => el.getAttribute(attr).split(" ");
  // What a map holds for an element's id or one of its old ids.
  const find = (map, el, attr) => map && map[ids(el, attr).find((id) => map[id])];

  document$.subscribe(() => {
    const root = document.querySelector("[data-handout]:not([data-mounted])");
    if (!root) return;
    root.setAttribute("data-mounted", "");
    const one = (sel) => root.querySelector(sel);
    const query = new URLSearchParams(location.search);
    let mijn = query.has("mijn") && {};
    try {
      mijn = mijn && JSON.parse(localStorage.getItem(__md_scope.pathname + "vertrouwenskompas.v1")) || mijn;
    } catch (e) { /* no storage */ }
    const ticks = mijn.ticks || {}, answers = mijn.answers || {};
    const picks = all(root, "[data-pick]");
    // Chosen: the address's list, else (mijn) what the reader worked on, else everything.
    const p = query.get("p");
    const wanted = p !== null ? p.split(",") : Object.keys({ ...ticks, ...answers });
    const update = (write) => {
      const chosen = picks.filter((b) => b.checked).map((b) => b.value);
      all(root, "[data-sheet]").forEach((el) => { el.hidden = !chosen.includes(el.dataset.sheet); });
      one("output").textContent = `${chosen.length} van ${picks.length} principes gekozen`;
      const parts = mijn ? ["mijn=1"] : [];
      if (chosen.length < picks.length) parts.push("p=" + chosen.join(","));
      const search = parts.length ? "?" + parts.join("&") : location.pathname;
      if (write) history.replaceState(history.state, "", search + location.hash);
    };
    const every = (on) => () => { picks.forEach((b) => { b.checked = on; }); update(true); };

    picks.forEach((box) => {
      box.checked = !wanted.length || ids(box, "data-pick").some((id) => wanted.includes(id));
      box.onchange = () => update(true);
    });
    one("[data-handout-all]").onclick = every(true);
    one("[data-handout-none]").onclick = every(false);
    one("[data-handout-print]").onclick = () => print();

    if (mijn) {
      // Swap the workshop texts for the personal ones; date the copy.
      all(root, "[data-mijn]").forEach((el) => { el.hidden = !el.hidden; });
      one("[data-handout-date]").textContent = new Date().toLocaleDateString("nl-NL");
      all(root, "[data-sheet-item]").forEach((li) => {
        if (find(ticks[li.closest("[data-sheet]").dataset.sheet], li, "data-sheet-item") !== true) return;
        li.firstElementChild.textContent = "✓";
        li.firstElementChild.setAttribute("aria-label", "aangevinkt");
      });
      all(root, "[data-sheet-answer]").forEach((li) => {
        const text = find(answers[li.closest("[data-sheet]").dataset.sheet], li, "data-sheet-answer");
        if (typeof text !== "string" || !text.trim()) return;
        li.children[1].textContent = text;
        li.children[1].hidden = false;
      });
    }
    one("[data-handout-picker]").hidden = false;
    update(false);
  });
})();
