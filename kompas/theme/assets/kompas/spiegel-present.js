/* De spiegel on the projector: [data-spiegel-present] opens the dialog [data-spiegel-projector],
   full screen where the browser allows it (else it fills the window, over the site's
   navigation), with one slide at a time in [data-spiegel-slide]: first "Hier begint het
   gesprek", then each principle with its items, the team's answers and the leader's own side
   by side as a chart, and the same numbers as a table for screen readers. The arrow keys,
   Page Up/Down (a presenter's clicker), Home and End step; Esc closes. */

const slideShow = { slide: 0 };
// The keys that step, and how far.
const SLIDE_KEYS = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Home: -1e3, End: 1e3 };

const openProjector = (team) => {
  const dialog = oneOf("[data-spiegel-projector]", team.root);
  const go = (step) => {
    slideShow.slide = Math.max(0, Math.min(team.principles.length, slideShow.slide + step));
    renderSlide(team);
  };
  slideShow.slide = 0;
  dialog.showModal();
  if (document.fullscreenEnabled) document.documentElement.requestFullscreen().catch(() => {});
  renderSlide(team);
  oneOf("[data-spiegel-slide]", dialog).focus();
  dialog.onkeydown = (event) => {
    if (!SLIDE_KEYS[event.key] || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    go(SLIDE_KEYS[event.key]);
  };
  dialog.onclick = ({ target }) => {
    const action = target.dataset.act;
    if (action == "close") dialog.close();
    else if (action) go(action == "next" ? 1 : -1);
  };
  dialog.onclose = () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    oneOf("[data-spiegel-present]", team.root).focus();
  };
  // Esc in full screen leaves full screen (the browser's key): the view closes with it.
  document.onfullscreenchange = () => !document.fullscreenElement && dialog.open && dialog.close();
};

// One item on a slide: its text and the summary in words above a column per scale value
// (the number of answers, a bar of that share, the value's name), the leader's own marked.
const slideItem = (r, count) => {
  const column = (value) =>
    makeElement(
      "span",
      { class: "vk-spiegel__col", style: `--share:${r.counts[value] / count}`, ...(r.leider == value && { "data-own": "" }) },
      makeElement("b", {}, String(r.counts[value])),
      makeElement("i", { class: `vk-spiegel__bar-${value}` }),
      spiegelTexts.scale[value],
    );
  const summary = textOf("summary", { mean: decimal(r.mean), own: scaleLabel(r.leider), gap: signed(r.gap) });
  return makeElement(
    "li",
    {},
    makeElement("p", {}, r.item.text, makeElement("small", {}, summary)),
    makeElement("div", { class: "vk-spiegel__chart", "aria-hidden": "true" }, ...SCALE.map(column)),
  );
};

// The slide on screen, from the mirror as it is now (codes may still come in).
const renderSlide = (team) => {
  const dialog = oneOf("[data-spiegel-projector]", team.root);
  if (!dialog.open) return;
  const slide = oneOf("[data-spiegel-slide]", dialog);
  const number = slideShow.slide;
  const principle = team.principles[number - 1];
  const count = answerCount(team);
  oneOf("[data-spiegel-position]", dialog).textContent = textOf("position", { n: number + 1, total: team.principles.length + 1 });
  oneOf("[data-spiegel-legend]", dialog).hidden = !principle;
  if (!principle) {
    return slide.replaceChildren(
      makeElement("h2", { id: "vk-spiegel-slide-title" }, textOf("talk")),
      makeElement("ol", {}, ...talkLines(sortedResults(team)).map((line) => makeElement("li", {}, line))),
    );
  }
  const results = mirrorResults(team).filter((r) => r.item.principle == principle);
  slide.replaceChildren(
    makeElement("h2", { id: "vk-spiegel-slide-title" }, `${principle.number}. ${principle.title}`),
    makeElement("ul", { class: "vk-spiegel__charts", "aria-hidden": "true" }, ...results.map((r) => slideItem(r, count))),
    makeElement(
      "table",
      { class: "vk-spiegel__sr" },
      oneOf("thead", team.root).cloneNode(true),
      makeElement("tbody", {}, ...results.map((r) => mirrorRow(r, {}))),
    ),
  );
};
