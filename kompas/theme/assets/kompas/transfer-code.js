/* Transfer to another device (Mijn checklist), the format: a record's ticks, answers (with
   the time each was written) and snapshots as bytes, compressed, checksummed and written in
   base 32 after the "#" of a link to Mijn checklist, whole or as a numbered series of parts
   (README, "Take your kompas with you"):

     VKO1-<transfer>-<part>-<parts>-<check>-<data>      e.g. VKO1-K3J9Q-2-5-ABCDEFG-MFRGG…

   VKO1 is the format version (a higher one is refused: "nieuwere versie"). The transfer id
   is 5 random base-32 characters; part and parts are decimal, 1-1 for a whole transfer; the
   check is the 32-bit FNV-1a hash of all the bytes (7 base-32 characters); the data of the
   parts, joined in order, are the bytes. Only 0-9, A-Z and "-": a QR code holds it in
   alphanumeric mode.

   The bytes: one byte for how the rest is packed (0 as it is, 1 deflate-raw), then
     what    0 everything, 1 ticks only
     sent    seconds since 1970
     ticks   count, then per tick its key
     answers count, then per answer its key, time (seconds since 1970, 0 unknown), text
     moments count, then per snapshot: taken (ms since 1970), ticks, 0 or 1 (answers with
             it), answers without times
   Numbers are unsigned LEB128, texts UTF-8 after their length in bytes. A key is the
   32-bit FNV-1a hash of "<principle id>/<item or question id>" (4 bytes): much shorter than
   the ids, and the receiving page finds it among its own ids and their old ids (aliases).
   Only entries of ids the sending page shows travel (others are not shown there either).

   Part of the bundle kompas-transfer.min.js (Mijn checklist only), as are transfer-*.js. */

const TRANSFER_VERSION = 1;
const TRANSFER_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// A transfer (or a part) in a text: a link, a QR code's text or pasted words around it.
const TRANSFER_FOUND = /VKO\d*(?:-[0-9A-Z]*)*/gi;
const TRANSFER_PART = /^VKO1-([A-Z2-7]{5})-(\d{1,2})-(\d{1,2})-([A-Z2-7]{7})-([A-Z2-7]+)$/;
const TRANSFER_WORDS = {
  damaged: "Deze overdracht is beschadigd of onvolledig: kopieer de hele link of lees de codes opnieuw.",
  foreign: "Dit is geen overdracht van het Vertrouwenskompas.",
  newer: "Deze overdracht komt uit een nieuwere versie van het Vertrouwenskompas: ververs deze pagina en probeer het opnieuw.",
};

const utf8 = new TextEncoder();

const fnvHash = (bytes) => {
  let hash = 0x811c9dc5;
  bytes.forEach((byte) => {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  });
  return hash;
};

const transferKey = (principle, id) => fnvHash(utf8.encode(principle + "/" + id));

const toBase32 = (bytes) => {
  let text = "";
  let bits = 0;
  let value = 0;
  bytes.forEach((byte) => {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      text += TRANSFER_BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  });
  return bits ? text + TRANSFER_BASE32[(value << (5 - bits)) & 31] : text;
};

// The bytes of base-32 text, or null when a character is not base 32.
const fromBase32 = (text) => {
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const character of text) {
    const digit = TRANSFER_BASE32.indexOf(character);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(bytes);
};

// Writes numbers, keys and texts into a growing list of bytes.
const byteWriter = () => {
  const bytes = [];
  const writer = {
    bytes,
    number: (value) => {
      value = Math.max(0, Math.floor(value) || 0);
      do {
        const low = value % 128;
        value = Math.floor(value / 128);
        bytes.push(value ? low + 128 : low);
      } while (value);
    },
    key: (key) => bytes.push(key >>> 24, (key >>> 16) & 255, (key >>> 8) & 255, key & 255),
    text: (text) => {
      const encoded = utf8.encode(text);
      writer.number(encoded.length);
      encoded.forEach((byte) => bytes.push(byte));
    },
  };
  return writer;
};

// Reads what byteWriter wrote; any read past the end throws.
const byteReader = (bytes) => {
  let at = 0;
  const next = () => {
    if (at >= bytes.length) throw new Error("short");
    return bytes[at++];
  };
  const reader = {
    done: () => at == bytes.length,
    number: () => {
      let value = 0;
      for (let scale = 1; ; scale *= 128) {
        const byte = next();
        value += (byte & 127) * scale;
        if (byte < 128) return value;
        if (scale > 2 ** 42) throw new Error("long");
      }
    },
    key: () => ((next() << 24) | (next() << 16) | (next() << 8) | next()) >>> 0,
    text: () => {
      const length = reader.number();
      if (at + length > bytes.length) throw new Error("short");
      at += length;
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(at - length, at));
    },
  };
  return reader;
};

// Per kind of id ("items" or "questions"): name(principle, id) of every id on the page and
// of their old ids → [principle, id] now; null where two different entries share a name.
const idTable = (pageIds, kind, name) => {
  const table = new Map();
  Object.keys(pageIds).forEach((principle) => {
    const entry = pageIds[principle];
    Object.keys(entry[kind]).forEach((id) => {
      [principle, ...entry.aliases].forEach((asPrinciple) => {
        [id, ...entry[kind][id]].forEach((asId) => {
          const key = name(asPrinciple, asId);
          const known = table.get(key);
          const same = known && known[0] == principle && known[1] == id;
          table.set(key, known === undefined || same ? [principle, id] : null);
        });
      });
    });
  });
  return table;
};

const idName = (principle, id) => principle + "/" + id;

// The entries of {principle: {id: value}} whose ids are on this page, as
// [principle, id, value, stored principle, stored id]: the ids now (a snapshot may hold old
// ones) and as stored.
const entriesOnPage = (buckets, table) =>
  Object.keys(buckets || {}).flatMap((principle) =>
    Object.keys(buckets[principle]).flatMap((id) => {
      const found = table.get(idName(principle, id));
      return found ? [[found[0], found[1], buckets[principle][id], principle, id]] : [];
    }),
  );

// The 32-bit FNV-1a hash of bytes in 7 base-32 characters.
const checkOf = (bytes) => {
  const hash = fnvHash(bytes);
  return toBase32(new Uint8Array([hash >>> 24, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255]));
};

const squeeze = async (bytes, compress) => {
  const Stream = compress ? window.CompressionStream : window.DecompressionStream;
  if (!Stream) return null; // this browser cannot: sent as it is, or refused on arrival
  const stream = new Blob([bytes]).stream().pipeThrough(new Stream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

// The transfer of `record` as bytes: everything, or (ticksOnly) its ticks only.
const packTransfer = async (record, pageIds, ticksOnly) => {
  const items = idTable(pageIds, "items", idName);
  const questions = idTable(pageIds, "questions", idName);
  const body = byteWriter();
  const writeTicks = (ticks) => {
    const entries = entriesOnPage(ticks, items);
    body.number(entries.length);
    entries.forEach(([principle, id]) => body.key(transferKey(principle, id)));
  };
  const writeAnswers = (answers, times) => {
    const entries = entriesOnPage(answers, questions);
    body.number(entries.length);
    entries.forEach(([principle, id, text, storedPrinciple, storedId]) => {
      body.key(transferKey(principle, id));
      if (times) body.number(Math.floor(Date.parse((times[storedPrinciple] || {})[storedId]) / 1000) || 0);
      body.text(text);
    });
  };
  body.number(ticksOnly ? 1 : 0);
  body.number(Math.floor(Date.now() / 1000));
  writeTicks(record.ticks);
  writeAnswers(ticksOnly ? {} : record.answers, record.answered || {});
  const snapshots = ticksOnly ? [] : record.snapshots;
  body.number(snapshots.length);
  snapshots.forEach((snapshot) => {
    body.number(Date.parse(snapshot.taken));
    writeTicks(snapshot.ticks);
    body.number(snapshot.answers ? 1 : 0);
    if (snapshot.answers) writeAnswers(snapshot.answers, null);
  });
  const plain = new Uint8Array(body.bytes);
  let packed = null;
  try {
    packed = await squeeze(plain, true);
  } catch (error) {
    /* no deflate-raw here: sent as it is */
  }
  const method = packed && packed.length < plain.length ? 1 : 0;
  const data = method ? packed : plain;
  const bytes = new Uint8Array(data.length + 1);
  bytes[0] = method;
  bytes.set(data, 1);
  return bytes;
};

const randomTransferId = () => toBase32(crypto.getRandomValues(new Uint8Array(4))).slice(0, 5);

// The parts of a transfer's bytes: `count` codes (1: the whole transfer) with equal shares.
const transferParts = (id, bytes, count) => {
  const data = toBase32(bytes);
  const check = checkOf(bytes);
  const size = Math.ceil(data.length / count);
  return Array.from({ length: count }, (unused, index) =>
    [`VKO${TRANSFER_VERSION}`, id, index + 1, count, check, data.slice(index * size, (index + 1) * size)].join("-"),
  );
};

// A part found in a text: { id, part, parts, check, data } or { problem }.
const readTransferPart = (code) => {
  const upper = code.toUpperCase();
  const version = /^VKO(\d+)-/.exec(upper);
  if (!version) return { problem: TRANSFER_WORDS.foreign };
  if (Number(version[1]) > TRANSFER_VERSION) return { problem: TRANSFER_WORDS.newer };
  const match = TRANSFER_PART.exec(upper);
  const part = match && Number(match[2]);
  const parts = match && Number(match[3]);
  if (!match || part < 1 || part > parts) return { problem: TRANSFER_WORDS.damaged };
  return { id: match[1], part, parts, check: match[4], data: match[5] };
};

// The transfers in a text (a link, a QR code, pasted words): parts, or problems.
const findTransferParts = (text) => {
  const found = String(text).match(TRANSFER_FOUND) || [];
  return found.length ? found.map(readTransferPart) : [{ problem: TRANSFER_WORDS.foreign }];
};

// The record in a transfer whose parts are all here (in order), with its ids found among this
// page's ids and their aliases: { record, ticksOnly, sent, unknown } or { problem }.
const unpackTransfer = async (parts, pageIds) => {
  const bytes = fromBase32(parts.map((part) => part.data).join(""));
  if (!bytes || !bytes.length || checkOf(bytes) != parts[0].check) return { problem: TRANSFER_WORDS.damaged };
  const items = idTable(pageIds, "items", transferKey);
  const questions = idTable(pageIds, "questions", transferKey);
  let unknown = 0;
  let known = 0;
  let received;
  try {
    const body = bytes[0] == 0 ? bytes.subarray(1) : bytes[0] == 1 ? await squeeze(bytes.subarray(1), false) : null;
    if (!body) return { problem: bytes[0] > 1 ? TRANSFER_WORDS.damaged : "Deze browser kan de overdracht niet uitpakken: gebruik een nieuwere browser, of exporteer en importeer een bestand." };
    const reader = byteReader(body);
    // {principle: {id: value}} from `count` entries, each a key and what `value` reads.
    const readBuckets = (table, value) => {
      const buckets = {};
      for (let count = reader.number(); count > 0; count--) {
        const found = table.get(reader.key());
        const read = value();
        if (found) {
          (buckets[found[0]] = buckets[found[0]] || {})[found[1]] = read;
          known++;
        } else unknown++;
      }
      return buckets;
    };
    const ticksOnly = reader.number() == 1;
    const sent = new Date(reader.number() * 1000).toISOString();
    const ticks = readBuckets(items, () => true);
    const answered = {};
    const answers = readBuckets(questions, () => {
      const time = reader.number();
      return [time, reader.text()];
    });
    Object.keys(answers).forEach((principle) => {
      Object.keys(answers[principle]).forEach((id) => {
        const [time, text] = answers[principle][id];
        answers[principle][id] = text;
        if (time) (answered[principle] = answered[principle] || {})[id] = new Date(time * 1000).toISOString();
      });
    });
    const snapshots = [];
    for (let count = reader.number(); count > 0; count--) {
      const snapshot = { taken: new Date(reader.number()).toISOString(), ticks: readBuckets(items, () => true) };
      if (reader.number()) snapshot.answers = readBuckets(questions, () => reader.text());
      snapshots.push(snapshot);
    }
    if (!reader.done()) throw new Error("long");
    const checked = checkRecord({ version: RECORD_VERSION, ticks, answers, answered, snapshots });
    if (checked.problem) return { problem: TRANSFER_WORDS.damaged };
    received = { record: checked.record, ticksOnly, sent, unknown };
  } catch (error) {
    return { problem: TRANSFER_WORDS.damaged };
  }
  if (unknown && !known) {
    return { problem: "Deze overdracht hoort bij een andere site of een nieuwere versie van deze: geen van de vinkjes en antwoorden hoort bij deze pagina. Ververs de pagina en probeer het opnieuw." };
  }
  return received;
};
