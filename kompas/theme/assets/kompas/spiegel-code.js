/* De spiegel's answer code: what a participant's phone makes and the facilitator's page reads,
   and the join link's key. kompas/site/spiegel.py is the same format in Python and its
   description (README, "De spiegel"):
     VK2-<session 4>-<choice 3>-<response 6>-<revision 1>-<answers>-<check 3>
   and, still read, VK1-<session 4>-<choice 3>-<response 3>-<answers>-<check 3>; only 0-9, A-Z
   and "-", so that the QR code uses the compact alphanumeric mode.

   Part of the extension bundle spiegel.min.js (kompas/site/assets.py). */

const SPIEGEL_VERSION = 2;
const BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const SCALE = ["nooit", "soms", "vaak", "altijd", "onbekend"];

// 32-bit FNV-1a of the text's UTF-8 bytes.
const fnv1a = (text) => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
};
// The check and choice hash: FNV-1a modulo 36³ as 3 base-36 digits.
const hash36 = (text) => (fnv1a(text) % 46656).toString(36).toUpperCase().padStart(3, "0");
// `width` random base-36 characters.
const random36 = (width) => [...crypto.getRandomValues(new Uint32Array(width))].map((n) => BASE36[n % 36]).join("");
const choiceHash = (itemIds) => hash36(itemIds.join(","));
// The items of the principles, in site order, each knowing its principle.
const itemsOf = (principles) => principles.flatMap((p) => p.items.map((item) => ({ ...item, principle: p })));

// The code for `answers` ({item id: scale word}) to the items `itemIds`.
const encodeAnswers = (session, itemIds, response, revision, answers) => {
  const values = itemIds.map((id) => (answers[id] ? SCALE.indexOf(answers[id]) + 1 : 0));
  let packed = "";
  for (let i = 0; i < values.length; i += 2) packed += BASE36[values[i] * 6 + (values[i + 1] || 0)];
  const body = `VK2-${session}-${choiceHash(itemIds)}-${response}-${BASE36[revision]}-${packed}`;
  return `${body}-${hash36(body)}`;
};

// The response in a code for this session and choice: { code, response, revision (0 in a
// version 1 code), answers }; throws an Error whose message is the key of the text that says
// why the code cannot be taken.
const decodeAnswers = (raw, session, itemIds) => {
  const code = raw.trim().toUpperCase();
  const start = /^VK(\d+)-/.exec(code);
  if (!start) throw Error("notCode");
  if (+start[1] > SPIEGEL_VERSION) throw Error("newer");
  const parts = (
    start[1] == 1
      ? /^VK1-(\w{4})-(\w{3})-(\w{3})-()(\w*)-(\w{3})$/
      : /^VK2-(\w{4})-(\w{3})-(\w{6})-(\w)-(\w*)-(\w{3})$/
  ).exec(code);
  if (!parts || /_/.test(code) || hash36(code.slice(0, -4)) != parts[6]) throw Error("damaged");
  if (parts[1] != session) throw Object.assign(Error("otherSession"), { values: { session: parts[1] } });
  if (parts[2] != choiceHash(itemIds) || parts[5].length != Math.ceil(itemIds.length / 2)) throw Error("otherChoice");
  const answers = {};
  itemIds.forEach((id, i) => {
    const both = BASE36.indexOf(parts[5][i >> 1]);
    const value = i % 2 ? both % 6 : Math.floor(both / 6);
    if (value) answers[id] = SCALE[value - 1];
  });
  return { code, response: parts[3], revision: BASE36.indexOf(parts[4] || "0"), answers };
};

// The join link's key: <session>-<principles>-<check>, the chosen principles of all (site
// order) five to a base-36 character, the check over both and the chosen items' ids.
const linkKey = (session, allIds, chosenIds, itemIds) => {
  let mask = "";
  for (let i = 0; i < allIds.length; i += 5) {
    mask += BASE36[allIds.slice(i, i + 5).reduce((bits, id, n) => bits | (chosenIds.includes(id) << n), 0)];
  }
  return `${session}-${mask}-${hash36([session, mask, ...itemIds].join(","))}`;
};

// The session and the chosen principles of a link's key; null when it is cut, mistyped or
// made by another version of the site.
const readLinkKey = (key, principles) => {
  const parts = /^(\w{4})-(\w+)-(\w{3})$/.exec((key || "").toUpperCase());
  if (!parts || parts[2].length != Math.ceil(principles.length / 5)) return null;
  const chosen = principles.filter((p, i) => (BASE36.indexOf(parts[2][Math.floor(i / 5)]) >> i % 5) & 1);
  const itemIds = itemsOf(chosen).map((item) => item.id);
  return chosen.length && hash36([parts[1], parts[2], ...itemIds].join(",")) == parts[3] ? { session: parts[1], principles: chosen } : null;
};
