/* The extension bundle kompas-transfer.min.js (Mijn checklist: main.js loads it on pages with
   [data-vk-transfer-area]), last module: registers its actions with main.js of the checklist
   bundle, then mounts on the page shown: a transfer in the address is read at once, and when
   a new one is pasted into the address bar of the open page (hashchange). Leaving the page
   stops the camera and the series and forgets a transfer not taken in. */

const mountTransfer = () => {
  const area = transferArea();
  if (!area) {
    stopTransferCamera();
    stopSeries();
    receiving.pending = null;
    sending.said = null;
    return;
  }
  if (area.hasAttribute("data-mounted")) return;
  area.setAttribute("data-mounted", "");
  stopTransferCamera(); // a camera left on by the page drawn before
  // The same page drawn anew (Material does so when a link is pasted into the address bar
  // of the open page): what was said and what arrived stay.
  const said = sending.said;
  if (said && said.path == location.pathname) sayTransfer(said.text, said.isError);
  if (receiving.pending) showArrival();
  readTransferFromAddress();
};

Object.assign(extensions.clickActions, {
  "data-vk-transfer": openTransfer,
  "data-vk-transfer-step": stepTransferCode,
  "data-vk-transfer-copy": copyTransfer,
  "data-vk-transfer-share": shareTransfer,
  "data-vk-transfer-scan": startTransferCamera,
  "data-vk-transfer-stop": stopTransferCamera,
  "data-vk-transfer-read": readPastedTransfer,
  "data-vk-transfer-merge": () => decideTransfer(false),
  "data-vk-transfer-replace": () => decideTransfer(true),
  "data-vk-transfer-cancel": cancelTransfer,
});
Object.assign(extensions.changeActions, { "data-vk-transfer-what": makeTransfer, "data-vk-transfer-auto": toggleAutoStep });
extensions.mounts.push(mountTransfer);
addEventListener("hashchange", readTransferFromAddress);
addEventListener("pagehide", stopTransferCamera);
mountTransfer();
