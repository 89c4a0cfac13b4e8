/* De spiegel's mirror: per item the team's answers (nooit 0 … altijd 3, "weet ik niet" left
   out), the leader's own, the gap (leader − team mean) and the disagreement (standard
   deviation); shown from MIRROR_MINIMUM answers on, so that nobody can see one answer. */

const MIRROR_MINIMUM = 3;

// The number of answers in (codes and typed-in forms).
const answerCount = (team) => Object.keys(team.stored.codes).length;

// Per item of the session: { item, counts, mean, spread, leider, gap }.
const mirrorResults = (team) => {
  const answers = Object.values(team.stored.codes).map((code) => decodeAnswers(code, team.session, team.itemIds).answers);
  return team.items.map((item) => {
    const counts = Object.fromEntries(SCALE.map((value) => [value, 0]));
    answers.forEach((answer) => answer[item.id] && counts[answer[item.id]]++);
    const scores = SCALE.slice(0, 4).flatMap((value, score) => Array(counts[value]).fill(score));
    const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    const spread = scores.length ? Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length) : 0;
    const leider = team.stored.leider[item.id] || "";
    const own = SCALE.indexOf(leider);
    const gap = own >= 0 && own < 4 && mean !== null ? own - mean : null;
    return { item, counts, mean, spread, leider, gap };
  });
};

// The results, largest gap first, then largest disagreement.
const sortedResults = (team) => {
  const size = (result) => (result.gap === null ? -1 : Math.abs(result.gap));
  return mirrorResults(team).sort((a, b) => size(b) - size(a) || b.spread - a.spread);
};

// "Hier begint het gesprek": the largest gaps, then the largest disagreement.
const talkLines = (list) => {
  const gaps = list.filter((r) => r.gap !== null && Math.abs(r.gap) >= 0.5).slice(0, 3);
  const spreads = [...list].sort((a, b) => b.spread - a.spread).filter((r) => r.spread >= 0.75 && !gaps.includes(r)).slice(0, 2);
  const lines = [
    ...gaps.map((r) => textOf("gap", { text: r.item.text, own: scaleLabel(r.leider), mean: decimal(r.mean), gap: signed(r.gap) })),
    ...spreads.map((r) => textOf("spread", { text: r.item.text, spread: decimal(r.spread) })),
  ];
  return lines.length ? lines : [textOf("noGaps")];
};

const scaleLabel = (value) => spiegelTexts.scale[value] || "–";

const renderMirror = (team) => {
  const view = team.root;
  const count = answerCount(team);
  const enough = count >= MIRROR_MINIMUM;
  const wait = oneOf("[data-spiegel-wait]", view);
  wait.hidden = enough;
  oneOf("[data-spiegel-mirror]", view).hidden = !enough;
  const rows = oneOf("[data-spiegel-rows]", view);
  const talk = oneOf("[data-spiegel-talk]", view);
  if (!enough) {
    wait.textContent = textOf("wait", { n: count });
    rows.replaceChildren();
    talk.replaceChildren();
    return;
  }
  const list = sortedResults(team);
  rows.replaceChildren(
    ...list.map((r) => {
      const attributes = { "data-spiegel-result": r.item.id, "data-leider": r.leider };
      SCALE.forEach((value) => (attributes["data-" + value] = String(r.counts[value])));
      return mirrorRow(r, attributes);
    }),
  );
  talk.replaceChildren(...talkLines(list).map((line) => makeElement("li", {}, line)));
  renderSlide(team);
};

// One item's row of the mirror table (also the projector's table for screen readers).
const mirrorRow = (r, attributes) => {
  const bar = makeElement(
    "span",
    { class: "vk-spiegel__bar", "aria-hidden": "true" },
    ...SCALE.map((value) => makeElement("span", { class: `vk-spiegel__bar-${value}`, style: `flex-grow:${r.counts[value]}` })),
  );
  return makeElement(
    "tr",
    attributes,
    makeElement("th", { scope: "row" }, r.item.text, makeElement("br"), bar),
    ...SCALE.map((value) => makeElement("td", {}, String(r.counts[value]))),
    makeElement("td", {}, decimal(r.mean)),
    makeElement("td", {}, scaleLabel(r.leider)),
    makeElement("td", {}, signed(r.gap)),
    makeElement("td", {}, decimal(r.spread)),
  );
};
