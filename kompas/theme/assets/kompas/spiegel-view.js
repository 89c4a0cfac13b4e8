/* De spiegel's small helpers for the page: elements, QR codes, scripts loaded on first use,
   downloads and Dutch numbers. */

const oneOf = (selector, root) => root.querySelector(selector);

// The page's texts: Dutch, in the site's words, from its template (data-spiegel-data "texts").
const spiegelTexts = {};
// A text with its {name}s filled in from `values`; of a pair [one, more], the form for values.n.
const textOf = (key, values = {}) => {
  const text = spiegelTexts[key] || key;
  return (Array.isArray(text) ? text[values.n == 1 ? 0 : 1] : text).replace(/\{(\w+)\}/g, (_, name) => values[name]);
};

const makeElement = (tag, attributes, ...children) => {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  element.append(...children);
  return element;
};

// A vendored library (kompas/theme/assets/vendor/), loaded once when first needed.
const needScript = (root, path, global) =>
  new Promise((resolve, reject) => {
    if (window[global]) return resolve();
    const script = makeElement("script", { src: root.dataset.spiegelVendor + path });
    script.onload = resolve;
    script.onerror = () => reject(Error(path));
    document.head.append(script);
  });

// Draws a QR code into `box` as an <svg role="img"> named `label`, one unit a module with a
// quiet zone of 4 (alphanumeric mode for codes, byte mode for links).
const drawQr = async (root, box, text, label, mode) => {
  await needScript(root, "qrcode-generator/qrcode.js", "qrcode");
  const qr = qrcode(0, "M");
  qr.addData(text, mode);
  qr.make();
  box.innerHTML = qr.createSvgTag({ cellSize: 1, margin: 4, scalable: true, title: label });
};

const downloadText = (name, type, text) => {
  const link = makeElement("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
    link.remove();
  }, 0);
};

// 1,3 (one decimal, Dutch), or a dash for no value; signed: +1,3 and −1,3.
const decimal = (x) =>
  x === null ? "–" : x.toLocaleString("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const signed = (x) => (x === null ? "–" : (x > 0 ? "+" : x < 0 ? "−" : "") + decimal(Math.abs(x)));
