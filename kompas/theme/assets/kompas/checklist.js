/* Checklists: each input[data-item] inside [data-checklist] shows and sets a stored tick. */

const renderTicks = () => {
  allOf("[data-checklist] [data-item]").forEach((box) => {
    const principle = box.closest("[data-checklist]").getAttribute("data-checklist");
    box.checked = !!(storage.record.ticks[principle] || {})[box.getAttribute("data-item")];
  });
};

// A tick changed: store it (only ticked items are kept) and show the new counts.
const onTickChange = (box) => {
  const list = box.closest("[data-checklist]");
  if (!list || !box.hasAttribute("data-item")) return false;
  putEntry(storage.record.ticks, list.getAttribute("data-checklist"), box.getAttribute("data-item"), box.checked);
  saveRecord();
  if (box.checked) askToKeepData();
  renderPage();
  return true;
};
