/* De spiegel on paper: the facilitator types in a filled-in participants' form (printed from
   the participants' page with ?papier=<key>, [data-spiegel-paper]) as one more response, one
   key per item in the form's order: 1 nooit, 2 soms, 3 vaak, 4 altijd, 5 weet ik niet, 0 or a
   space for none. The form becomes a code with a response id of its own and is taken like
   any code ([data-spiegel-manual]). */

const mountPaperEntry = (team) => {
  const form = oneOf("[data-spiegel-manual]", team.root);
  const field = oneOf("input", form);
  const next = oneOf("[data-spiegel-manual-next]", form);
  const total = team.items.length;
  // Keeps the digits (a space is a 0) and says which statement the next key is for.
  field.oninput = () => {
    field.value = field.value.replace(/ /g, "0").replace(/[^0-5]/g, "").slice(0, total);
    const n = field.value.length;
    next.textContent = n < total ? textOf("manualNext", { n: n + 1, total, text: team.items[n].text }) : textOf("manualDone");
  };
  field.value = "";
  field.oninput();
  form.onsubmit = (event) => {
    event.preventDefault();
    const missing = total - field.value.length;
    if (missing) return (next.textContent = textOf("manualShort", { n: missing }));
    const answers = {};
    team.itemIds.forEach((id, i) => field.value[i] > 0 && (answers[id] = SCALE[field.value[i] - 1]));
    team.take(encodeAnswers(team.session, team.itemIds, random36(6), 1, answers));
    field.value = "";
    field.oninput();
  };
};
