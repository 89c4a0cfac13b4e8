/* Mounting: every module's setup runs on Material's document$, which fires on every
   instant-navigation page change, and on the first load too: document$ never fires on the
   file:// pages of the offline build (mounting twice is harmless). Events are delegated to
   the document once.

   Some pages need more: an extension bundle, loaded from beside this bundle the first time a
   page with its element is shown (general pages never load one): kompas-mijn.min.js for pages
   with [data-vk-tools] (Mijn checklist, the handout), kompas-transfer.min.js for the transfer
   to another device ([data-vk-transfer-area], Mijn checklist), spiegel.min.js for De spiegel's
   two pages ([data-spiegel], which sets itself up). Each registers its renderers, actions and
   mount in `extensions`, and uses this bundle's names through
   window.__vertrouwenskompas (the build lists them: kompas/site/assets.py). */

// The page shown now: its ids (page-ids.js).
const page = { ids: {} };

const extensions = {
  loaded: [],
  renderers: [],
  clickActions: {},
  changeActions: {},
  shownSnapshot: () => undefined,
  mounts: [],
};

// Each extension bundle and the element that makes a page load it.
const EXTENSION_BUNDLES = {
  "kompas-mijn.min.js": "[data-vk-tools]",
  "kompas-transfer.min.js": "[data-vk-transfer-area]",
  "spiegel.min.js": "[data-spiegel]",
};
// This bundle's own address: the extension bundles are beside it.
const OWN_SCRIPT = document.currentScript && document.currentScript.src;

const loadExtensions = () => {
  Object.keys(EXTENSION_BUNDLES).forEach((name) => {
    if (!OWN_SCRIPT || extensions.loaded.includes(name) || !document.querySelector(EXTENSION_BUNDLES[name])) return;
    extensions.loaded.push(name);
    const script = document.createElement("script");
    script.src = OWN_SCRIPT.replace(/kompas\.min\.js/, name);
    document.body.append(script);
  });
};

const renderPage = () => {
  renderTicks();
  renderAnswers();
  renderProgress(page.ids);
  renderCompasses();
  renderExportReminder();
  extensions.renderers.forEach((render) => render());
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
  loadExtensions();
  extensions.mounts.forEach((mountExtension) => mountExtension());
};

// What a click on one of our buttons does, by its data attribute (extensions add theirs).
const CLICK_ACTIONS = { "data-vk-dismiss-reminder": dismissExportReminder };

if (!window.__vertrouwenskompasMounted) {
  window.__vertrouwenskompasMounted = true;
  document.addEventListener("change", ({ target }) => {
    if (onTickChange(target)) return;
    Object.keys(extensions.changeActions).forEach((attribute) => {
      if (target.hasAttribute(attribute)) extensions.changeActions[attribute](target);
    });
  });
  document.addEventListener("input", ({ target }) => onAnswerInput(target));
  document.addEventListener("click", ({ target }) => {
    const actions = { ...CLICK_ACTIONS, ...extensions.clickActions };
    Object.keys(actions).forEach((attribute) => {
      const button = target.closest && target.closest(`button[${attribute}]`);
      if (button) actions[attribute](button);
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
