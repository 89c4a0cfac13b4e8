/* Mounting: every script's setup runs on Material's document$, which fires on every
   instant-navigation page change, and on the first load too: document$ never fires on the
   file:// pages of the offline build (mounting twice is harmless). Events are delegated to
   the document once. */

// The ids of the page shown now (page-ids.js).
const page = { ids: {} };

const renderPage = () => {
  renderTicks();
  renderAnswers();
  renderProgress(page.ids);
  renderSnapshots();
  renderCompasses();
};

// What a click on one of our buttons does, by its data attribute.
const CLICK_ACTIONS = {
  "data-vk-action": onMineAction,
  "data-vk-snapshot": takeSnapshot,
  "data-vk-snapshot-delete": (button) => deleteSnapshot(button.getAttribute("data-vk-snapshot-delete")),
};

const mountChecklist = () => {
  if (storage.saveTimer) saveRecord(); // the previous page's typing
  if (storage.saving) loadRecord(); // with saving off, keep what this visit did
  page.ids = readPageIds();
  if (moveAliasedEntries(storage.record, page.ids)) saveRecord();
  renderPage();
  updateSavingNotice();
};

const mount = () => {
  mountChecklist();
  mountHandout();
};

if (!window.__vertrouwenskompas) {
  window.__vertrouwenskompas = true;
  document.addEventListener("change", ({ target }) => {
    if (onTickChange(target)) return;
    if (target.hasAttribute("data-vk-import")) importRecord(target);
    if (target.hasAttribute("data-vk-compare")) onShowSnapshot(target);
  });
  document.addEventListener("input", ({ target }) => onAnswerInput(target));
  document.addEventListener("click", ({ target }) => {
    Object.keys(CLICK_ACTIONS).forEach((attribute) => {
      const button = target.closest && target.closest(`button[${attribute}]`);
      if (button) CLICK_ACTIONS[attribute](button);
    });
  });
  // Another tab changed the record: show it here too.
  addEventListener("storage", (event) => {
    if (event.key == storageKey || event.key === null) {
      storage.saving = true;
      mountChecklist();
    }
  });
  addEventListener("pagehide", () => storage.saveTimer && saveRecord());

  if (window.document$) document$.subscribe(mount);
  if (document.readyState == "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
}
