/* The ids on this page and their old ids (aliases), and moving stored ticks and answers (and
   the answers' times) from old ids to current ones, so nothing a visitor stored is lost when
   the site is updated. */

const allOf = (selector, root = document) => [...root.querySelectorAll(selector)];
const wordsOf = (text) => (text ? text.split(" ") : []);

// The principle id an answer field or question belongs to (its [data-reflection] or [data-answers]).
const answerBucketOf = (element) => {
  const container = element.closest("[data-reflection],[data-answers]");
  return container && (container.getAttribute("data-reflection") || container.getAttribute("data-answers"));
};

// Per principle on this page: { aliases, items: {id: aliases}, questions: {id: aliases} }.
const readPageIds = () => {
  const principles = {};
  const entry = (id) => principles[id] || (principles[id] = { aliases: [], items: {}, questions: {} });
  allOf("[data-manifest]").forEach((element) => {
    try {
      const manifest = JSON.parse(element.getAttribute("data-manifest"));
      Object.keys(manifest).forEach((id) => Object.assign(entry(id), manifest[id]));
    } catch (error) {
      /* no manifest: nothing to count on this page */
    }
  });
  allOf("[data-checklist]").forEach((list) => {
    const principle = entry(list.getAttribute("data-checklist"));
    principle.aliases = wordsOf(list.getAttribute("data-aliases"));
    allOf("[data-item]", list).forEach((box) => {
      principle.items[box.getAttribute("data-item")] = wordsOf(box.getAttribute("data-aliases"));
    });
  });
  allOf("[data-question]").forEach((question) => {
    const bucket = answerBucketOf(question);
    if (bucket) entry(bucket).questions[question.getAttribute("data-question")] = wordsOf(question.getAttribute("data-aliases"));
  });
  return principles;
};

// Moves ticks and answers kept under old ids to the current ids; true when anything moved.
const moveAliasedEntries = (record, pageIds) => {
  let moved = false;
  const move = (from, to, newId, oldId) => {
    if (!(oldId in from)) return;
    if (!(newId in to)) to[newId] = from[oldId];
    delete from[oldId];
    moved = true;
  };
  Object.keys(pageIds).forEach((principle) => {
    [["ticks", "items"], ["answers", "questions"], ["answered", "questions"]].forEach(([kind, idsKind]) => {
      const buckets = record[kind];
      if (!buckets) return; // no answer times (a record from before they were kept)
      const ids = pageIds[principle][idsKind];
      pageIds[principle].aliases.forEach((oldPrinciple) => {
        if (!buckets[oldPrinciple]) return;
        const bucket = buckets[principle] || (buckets[principle] = emptyMap());
        Object.keys(buckets[oldPrinciple]).forEach((id) => move(buckets[oldPrinciple], bucket, id, id));
        delete buckets[oldPrinciple];
      });
      if (buckets[principle]) {
        Object.keys(ids).forEach((id) => ids[id].forEach((oldId) => move(buckets[principle], buckets[principle], id, oldId)));
      }
    });
  });
  return moved;
};
