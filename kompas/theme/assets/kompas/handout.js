/* Workshop handout ([data-handout], overrides/kompas/handout.html): the principles chosen in
   the address (?p=id,id) are shown, the picker writes its choice back; with ?mijn=1 the
   sheets are filled in with the visitor's own ticks and answers from the record that
   storage.js loaded (read only). User text is set with textContent only. */

// The stored value for the first of an element's ids (current id, then old ids) that has one.
const storedValue = (bucket, element, attribute) =>
  bucket && bucket[element.getAttribute(attribute).split(" ").find((id) => bucket[id])];

const mountHandout = () => {
  const root = document.querySelector("[data-handout]:not([data-mounted])");
  if (!root) return;
  root.setAttribute("data-mounted", "");
  const query = new URLSearchParams(location.search);
  const mine = query.has("mijn");
  const ticks = mine ? storage.record.ticks : {};
  const answers = mine ? storage.record.answers : {};
  const picks = allOf("[data-pick]", root);
  // Chosen: ?p=, else (mine) what the visitor worked on, else all.
  const chosenInAddress = query.get("p");
  const wanted = chosenInAddress !== null ? chosenInAddress.split(",") : Object.keys({ ...ticks, ...answers });
  const isWanted = (box) => box.dataset.pick.split(" ").some((id) => wanted.includes(id));
  const pickAll = chosenInAddress === null && !picks.some(isWanted);
  picks.forEach((box) => {
    box.checked = pickAll || isWanted(box);
  });

  const update = (writeAddress) => {
    const chosen = picks.filter((box) => box.checked).map((box) => box.value);
    allOf("[data-sheet]", root).forEach((sheet) => {
      sheet.hidden = !chosen.includes(sheet.dataset.sheet);
    });
    root.querySelector("output").textContent = `${chosen.length} van ${picks.length} principes gekozen`;
    const parts = mine ? ["mijn=1"] : [];
    if (chosen.length < picks.length) parts.push("p=" + chosen);
    if (writeAddress) history.replaceState(history.state, "", parts.length ? "?" + parts.join("&") : location.pathname);
  };
  root.onchange = () => update(true);
  root.onclick = ({ target }) => {
    const action = target.dataset.act;
    if (action == "print") print();
    else if (action) {
      picks.forEach((box) => {
        box.checked = action == "all";
      });
      update(true);
    }
  };

  if (mine) {
    allOf("[data-mijn]", root).forEach((element) => {
      element.hidden = !element.hidden;
    });
    root.querySelector("[data-date]").textContent = new Date().toLocaleDateString("nl-NL");
    allOf("[data-sheet-item],[data-sheet-answer]", root).forEach((line) => {
      const principle = line.closest("[data-sheet]").dataset.sheet;
      const ticked = line.dataset.sheetItem && storedValue(ticks[principle], line, "data-sheet-item") === true;
      const answer = line.dataset.sheetAnswer && storedValue(answers[principle], line, "data-sheet-answer");
      const target = line.children[ticked ? 0 : 1];
      if (ticked) target.setAttribute("aria-label", "aangevinkt");
      if (ticked || (typeof answer == "string" && answer.trim())) {
        target.textContent = ticked ? "✓" : answer;
        target.hidden = false;
      }
    });
  }
  root.querySelector("form").hidden = false;
  update(false);
};
