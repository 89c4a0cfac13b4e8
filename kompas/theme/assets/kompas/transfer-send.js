/* Transfer to another device, sending (Mijn checklist, [data-vk-transfer-area]): "Zet over
   naar een ander apparaat" (button[data-vk-transfer]) opens the panel with the record (or, as
   chosen in [data-vk-transfer-what], its ticks only) as a link, a[data-vk-transfer-link]
   (the data after "#", which no browser sends to a web server), and as QR codes in
   [data-vk-transfer-qr]: one code, or a numbered series shown one at a time
   (button[data-vk-transfer-step], or every 2 seconds while [data-vk-transfer-auto] is
   checked). The link points to Mijn checklist on the published site (data-vk-published),
   else to this page when it has a web address another device can open; without one
   (the offline copy of a site with no site_url, or this computer) the codes hold the
   transfer code alone, for the other device's own reader. */

// The transfer shown, and the last thing said (with the page's path, to say it again when
// Material draws the same page anew).
const sending = { address: "", link: "", parts: [], shown: 0, timer: 0, said: null };

const transferArea = () => document.querySelector("[data-vk-transfer-area]");

const inTransferArea = (selector) => transferArea().querySelector(selector);

// Says what happened in [data-vk-transfer-message] (an error in bold).
const sayTransfer = (text, isError) => {
  sending.said = { text, isError, path: location.pathname };
  const message = inTransferArea("[data-vk-transfer-message]");
  message.textContent = text;
  message.classList.toggle("vk-message--error", !!isError);
  return message;
};

// A script from the site's own vendor folder (data-vk-vendor), loaded once.
const loadVendor = (path, globalName) =>
  new Promise((resolve, reject) => {
    if (window[globalName]) return resolve();
    const script = document.createElement("script");
    script.src = new URL(transferArea().getAttribute("data-vk-vendor") + path, location.href).href;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });

// Where a transfer link points, or "" when this copy of the site has no address elsewhere.
const transferAddress = () => {
  const published = transferArea().getAttribute("data-vk-published");
  if (published) return new URL(published).href;
  const local = /^(localhost|127\.|\[::1\])/.test(location.hostname);
  return location.protocol.startsWith("http") && !local ? location.href.split(/[?#]/)[0] : "";
};

const stopSeries = () => {
  clearInterval(sending.timer);
  sending.timer = 0;
  const auto = transferArea() && inTransferArea("[data-vk-transfer-auto]");
  if (auto) auto.checked = false;
};

const openTransfer = (button) => {
  const panel = inTransferArea("[data-vk-transfer-panel]");
  panel.hidden = !panel.hidden;
  button.setAttribute("aria-expanded", String(!panel.hidden));
  if (panel.hidden) return stopSeries();
  makeTransfer();
};

// Makes the transfer of what is chosen, and shows its link and first code.
const makeTransfer = async () => {
  stopSeries();
  const ticksOnly = inTransferArea("[data-vk-transfer-what]:checked").value == "vinkjes";
  const { ticks, answers, snapshots } = storage.record;
  const codes = inTransferArea("[data-vk-transfer-qr]");
  const size = inTransferArea("[data-vk-transfer-size]");
  const empty = !countIn(ticks) && (ticksOnly || (!countIn(answers) && !snapshots.length));
  inTransferArea("[data-vk-transfer-ready]").hidden = empty;
  if (empty) {
    size.textContent = ticksOnly
      ? "Je hebt nog niets aangevinkt: er is niets om over te zetten."
      : "Je hebt nog niets aangevinkt, ingevuld of vastgelegd: er is niets om over te zetten.";
    return;
  }
  try {
    await loadVendor("qrcode-generator/qrcode.js", "qrcode");
  } catch (error) {
    size.textContent = "De QR-codes konden niet worden geladen. De link hieronder werkt wel.";
  }
  const bytes = await packTransfer(storage.record, page.ids, ticksOnly);
  const id = randomTransferId();
  const address = transferAddress();
  const prefix = address && address + "#";
  const [whole] = transferParts(id, bytes, 1);
  const largest = window.qrcode ? largestQrVersion() : 0;
  codes.setAttribute("data-vk-largest", largest);
  const count = largest ? codesNeeded(prefix, toBase32(bytes).length, largest) : 0;
  Object.assign(sending, { address, link: prefix + whole, parts: count ? transferParts(id, bytes, count) : [], shown: 0 });
  const link = inTransferArea("a[data-vk-transfer-link]");
  link.href = address ? sending.link : "";
  link.hidden = !address;
  link.textContent = `Link naar ${ticksOnly ? "je vinkjes" : "je checklist"} (${sending.link.length.toLocaleString("nl-NL")} tekens)`;
  inTransferArea("[data-vk-transfer-nowhere]").hidden = !!address;
  inTransferArea("[data-vk-transfer-copy]").textContent = address ? "Kopieer de link" : "Kopieer de code";
  inTransferArea("[data-vk-transfer-share]").hidden = !(address && navigator.share);
  inTransferArea("[data-vk-transfer-series]").hidden = count < 2;
  if (count == 1) size.textContent = "Eén QR-code: scan hem met de camera van het andere apparaat.";
  else if (count) {
    size.textContent =
      `Dat past niet in één QR-code: je krijgt een reeks van ${count} codes. Lees ze op het andere apparaat met ‘Ontvang met de camera’, in willekeurige volgorde.` +
      (ticksOnly ? "" : " Kies ‘Alleen vinkjes’ voor minder codes.");
  } else if (window.qrcode) size.textContent = "Dat is te veel voor QR-codes: gebruik de link, of exporteer naar een bestand.";
  if (!count) codes.replaceChildren();
  else showTransferCode(0);
};

// Shows code number index (from 0; wraps around) of the series.
const showTransferCode = (index) => {
  const count = sending.parts.length;
  sending.shown = (index + count) % count;
  const prefix = sending.address && sending.address + "#";
  const number = sending.shown + 1;
  const label = count == 1 ? "QR-code met je checklist" : `QR-code ${number} van ${count} met je checklist`;
  const figure = document.createElement("figure");
  const caption = document.createElement("figcaption");
  caption.textContent = count == 1 ? "" : `Code ${number} van ${count}`;
  figure.className = "vk-transfer__code";
  figure.append(transferQrSvg(prefix, sending.parts[sending.shown], label), caption);
  inTransferArea("[data-vk-transfer-qr]").replaceChildren(figure);
};

const stepTransferCode = (button) => showTransferCode(sending.shown + Number(button.getAttribute("data-vk-transfer-step")));

const toggleAutoStep = (box) => {
  clearInterval(sending.timer);
  sending.timer = box.checked ? setInterval(() => showTransferCode(sending.shown + 1), 2000) : 0;
};

const copyTransfer = () => {
  const text = sending.address ? sending.link : sending.link.slice(sending.link.indexOf("VKO"));
  const what = sending.address ? "link" : "code";
  const copied = () => sayTransfer(`De ${what} is gekopieerd. Plak hem op het andere apparaat in je adresbalk of bij ‘Plak een link of code’.`);
  const failed = () => sayTransfer(`Kopiëren lukt hier niet: klik met de rechtermuisknop op de ${what} (of houd hem ingedrukt) en kies kopiëren.`, true);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(copied, failed);
  else failed();
};

const shareTransfer = () => {
  navigator.share({ title: "Mijn Vertrouwenskompas", url: sending.link }).catch(() => {
    /* cancelled: nothing to say */
  });
};
