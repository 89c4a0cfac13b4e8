/* Transfer to another device, the QR codes (vendor/qrcode-generator, loaded when the transfer
   is first shown): each code holds the link's address in byte mode and the transfer code in
   alphanumeric mode, at error correction level M. How large a code may be follows the size
   it is drawn at: a module at least TRANSFER_QR_MODULE CSS pixels wide (0.7 mm on a phone's
   screen, 0.9 mm on a laptop's) and never above version TRANSFER_QR_VERSION (77 × 77
   modules): on a laptop a phone's camera 50 cm away, on a phone a laptop's webcam 15 cm away,
   still sees 3.3 or more camera pixels per module (README, "Take your kompas with you", has
   the measurements). A transfer that does not fit becomes a series. */

const TRANSFER_QR_VERSION = 15;
const TRANSFER_QR_MODULE = 4.5;
const TRANSFER_QR_LEVEL = "M";
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

// The largest version for codes drawn in [data-vk-transfer-qr] (as wide as it is, at most
// 30rem and 75 % of the window's height: kompas.css).
const largestQrVersion = () => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const drawn = Math.min(inTransferArea("[data-vk-transfer-qr]").clientWidth, 30 * rem, 0.75 * innerHeight);
  const modules = Math.floor(drawn / TRANSFER_QR_MODULE) - 8; // without the quiet zone
  return Math.max(5, Math.min(TRANSFER_QR_VERSION, Math.floor((modules - 17) / 4)));
};

// A QR code of `address` (may be "") followed by `code`, of version `version` (0: the smallest).
const makeTransferQr = (address, code, version) => {
  const qr = qrcode(version, TRANSFER_QR_LEVEL);
  if (address) qr.addData(address, "Byte");
  qr.addData(code, "Alphanumeric");
  qr.make();
  return qr;
};

const fitsOneQr = (address, code, version) => {
  try {
    makeTransferQr(address, code, version);
    return true;
  } catch (error) {
    return false; // "code length overflow"
  }
};

// How many codes of at most `version` a transfer of `length` base-32 characters needs after
// `address`: the fewest whose equal parts fit (0: more than 99).
const codesNeeded = (address, length, version) => {
  for (let count = 1; count <= 99; ) {
    const header = `VKO${TRANSFER_VERSION}-AAAAA-${count}-${count}-AAAAAAA-`;
    let low = 0; // the most characters of data that fit beside the header
    let high = length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fitsOneQr(address, header + "A".repeat(middle), version)) low = middle;
      else high = middle - 1;
    }
    if (!low) return 0;
    const needed = Math.ceil(length / low);
    if (needed <= count) return count;
    count = needed;
  }
  return 0;
};

// The QR code as an <svg role="img">: white quiet zone of 4 modules, dark modules as one path
// of horizontal runs.
const transferQrSvg = (address, code, label) => {
  const qr = makeTransferQr(address, code, 0);
  const count = qr.getModuleCount();
  const size = count + 8;
  let path = "";
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (!qr.isDark(row, column)) continue;
      let width = 1;
      while (column + width < count && qr.isDark(row, column + width)) width++;
      path += `M${column + 4},${row + 4}h${width}v1h-${width}z`;
      column += width - 1;
    }
  }
  const svg = document.createElementNS(SVG_NAMESPACE, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("data-qr-version", String((count - 17) / 4));
  const background = document.createElementNS(SVG_NAMESPACE, "rect");
  background.setAttribute("width", size);
  background.setAttribute("height", size);
  background.setAttribute("fill", "#fff");
  const modules = document.createElementNS(SVG_NAMESPACE, "path");
  modules.setAttribute("d", path);
  modules.setAttribute("fill", "#000");
  svg.append(background, modules);
  return svg;
};
