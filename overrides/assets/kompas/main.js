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
    if (!onTickChange(target) && target.hasAttribute("data-vk-import")) importRecord(target);
  });
  document.addEventListener("input", ({ target }) => onAnswerInput(target));
  document.addEventListener("click", ({ target }) => {
    const button = target.closest && target.closest("[data-vk-action]");
    if (button) onMineAction(button);
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
