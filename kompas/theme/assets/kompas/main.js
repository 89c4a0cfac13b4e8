/* Mounting: every module's setup runs on Material's document$, which fires on every
   instant-navigation page change, and on the first load too: document$ never fires on the
   file:// pages of the offline build (mounting twice is harmless). Events are delegated to
   the document once.

   Pages with [data-vk-tools] (Mijn checklist, the handout) need more: the extension bundle
   kompas-mijn.min.js, loaded from beside this bundle the first time such a page is shown
   (general pages never load it). It registers its renderers, actions and mount in
   `extensions`, and uses this bundle's names through window.__vertrouwenskompas (the
   build lists them: kompas/site/assets.py). */

// The page shown now: its ids (page-ids.js).
const page = { ids: {} };

const extensions = {
  loaded: false,
  renderers: [],
  clickActions: {},
  changeActions: {},
  shownSnapshot: () => undefined,
  mount: () => {},
};

// The extension bundle's address: this bundle's own, renamed.
const EXTENSIONS_SCRIPT = document.currentScript && document.currentScript.src.replace(/kompas\.min\.js/, "kompas-mijn.min.js");

const loadExtensions = () => {
  if (extensions.loaded || !EXTENSIONS_SCRIPT || !document.querySelector("[data-vk-tools]")) return;
  extensions.loaded = true;
  const script = document.createElement("script");
  script.src = EXTENSIONS_SCRIPT;
  document.body.append(script);
};

// De spiegel's pages ([data-spiegel]) load their own extension bundle, spiegel.min.js.
const spiegelScript = { src: EXTENSIONS_SCRIPT && EXTENSIONS_SCRIPT.replace(/kompas-mijn/, "spiegel"), loaded: false };
const loadSpiegelScript = () => {
  if (spiegelScript.loaded || !spiegelScript.src || !document.querySelector("[data-spiegel]")) return;
  spiegelScript.loaded = true;
  document.body.append(Object.assign(document.createElement("script"), { src: spiegelScript.src }));
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
  loadSpiegelScript();
  extensions.mount();
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
