/* The extension bundle spiegel.min.js (De spiegel's two pages; main.js of the checklist bundle
   loads it where [data-spiegel] is), last module: sets up the page shown, on Material's
   document$ and now (file:// pages never get document$); a page is set up once. */

const showSpiegel = () => {
  const root = document.querySelector("[data-spiegel]:not([data-mounted])");
  if (!root) return;
  root.setAttribute("data-mounted", "");
  const data = JSON.parse(root.dataset.spiegelData);
  Object.assign(spiegelTexts, data.texts);
  if (root.dataset.spiegel == "meedoen") mountParticipant(root, data);
  else mountFacilitator(root, data);
};

if (window.document$) document$.subscribe(showSpiegel);
showSpiegel();
