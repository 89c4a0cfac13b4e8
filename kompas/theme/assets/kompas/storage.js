/* Storage: the visitor's ticks, answers and snapshots, kept in this browser only, under one
   localStorage key scoped to the site's path (as Material scopes its own keys). Every script
   of the site reads and writes them through this module, with the same validation.

   The record, version 2 (README, "Personal checklist"):
   {"version": 2, "ticks": {principle: {item: true}}, "answers": {principle: {question: text}},
    "snapshots": [{"taken": date, "ticks": {...}, "answers": {...} (optional)}],
    "exported": date of the last export (optional), "reminderDismissed": date (optional),
    "answered": {principle: {question: date the answer was last changed}} (optional),
    "received": {transfer id: date} (optional: transfers from another device taken in)}
   Version 1 had only version, ticks and answers: it is read as version 2 without snapshots,
   and a stored version 1 record is rewritten as version 2 when it is first loaded. The key
   keeps its name (".v1") so that every version of the site finds the same record.

   Part of the bundle kompas.min.js (kompas/site/assets.py): the modules share one scope. */

const RECORD_VERSION = 2;
const STORAGE_NAME = "vertrouwenskompas.v1";
const STORAGE_BLOCKED = "deze browser staat niet toe dat de site iets bewaart";

// The key: the site's path (Material's __md_scope, else the base in its config) and our name.
const storageKey = (() => {
  try {
    const config = JSON.parse(document.getElementById("__config").textContent);
    return (window.__md_scope || new URL(config.base, location)).pathname + STORAGE_NAME;
  } catch (error) {
    return "/" + STORAGE_NAME; // no Material config: the root of the host
  }
})();

const emptyMap = () => Object.create(null);
const isPlainObject = (value) => !!value && typeof value == "object" && !Array.isArray(value);
const emptyRecord = () => ({ version: RECORD_VERSION, ticks: emptyMap(), answers: emptyMap(), snapshots: [] });
const isDate = (value) => typeof value == "string" && !isNaN(Date.parse(value));

// A copy of {principle: {id: value}} in maps without a prototype (ids are data, not names).
const copyBuckets = (buckets) => {
  const copy = emptyMap();
  Object.keys(buckets).forEach((principle) => {
    copy[principle] = Object.assign(emptyMap(), buckets[principle]);
  });
  return copy;
};

// What this page works with: the record, and whether (and why not) it is saved.
const storage = { record: emptyRecord(), saving: true, whyNotSaving: "", saveTimer: 0 };

// A valid version 2 record copied from parsed data (version 1 or 2): { record, migrated }
// or { problem } (a Dutch sentence saying what is wrong).
const checkRecord = (data) => {
  if (!isPlainObject(data) || !("version" in data)) {
    return { problem: "Dit is geen bestand van het Vertrouwenskompas." };
  }
  if (data.version > RECORD_VERSION) {
    return { problem: "Dit bestand komt uit een nieuwere versie van het Vertrouwenskompas." };
  }
  if (data.version !== 1 && data.version !== RECORD_VERSION) {
    return { problem: `Dit bestand heeft een onbekende versie (${data.version}).` };
  }
  // {principle: {id: value}} (or nothing) where every value passes isValid.
  const validBuckets = (buckets, isValid) =>
    buckets === undefined ||
    (isPlainObject(buckets) &&
      Object.values(buckets).every((bucket) => isPlainObject(bucket) && Object.values(bucket).every(isValid)));
  const validTicks = (ticks) => validBuckets(ticks, (value) => value === true);
  const validAnswers = (answers) => validBuckets(answers, (value) => typeof value == "string");
  const validDates = (dates) => dates === undefined || (isPlainObject(dates) && Object.values(dates).every(isDate));
  const snapshots = data.version == 1 || data.snapshots === undefined ? [] : data.snapshots;
  const valid =
    validTicks(data.ticks) &&
    validAnswers(data.answers) &&
    Array.isArray(snapshots) &&
    snapshots.every((snapshot) => isPlainObject(snapshot) && isDate(snapshot.taken) && validTicks(snapshot.ticks) && validAnswers(snapshot.answers)) &&
    ["exported", "reminderDismissed"].every((name) => data[name] === undefined || isDate(data[name])) &&
    validBuckets(data.answered, isDate) &&
    validDates(data.received);
  if (!valid) return { problem: "Dit bestand is beschadigd: de vinkjes, antwoorden of momentopnames kloppen niet." };
  const record = emptyRecord();
  record.ticks = copyBuckets(data.ticks || {});
  record.answers = copyBuckets(data.answers || {});
  record.snapshots = snapshots.map((snapshot) =>
    Object.assign(
      { taken: snapshot.taken, ticks: copyBuckets(snapshot.ticks || {}) },
      snapshot.answers && { answers: copyBuckets(snapshot.answers) },
    ),
  );
  ["exported", "reminderDismissed"].forEach((name) => {
    if (data[name]) record[name] = data[name];
  });
  if (data.answered && Object.keys(data.answered).length) record.answered = copyBuckets(data.answered);
  if (data.received && Object.keys(data.received).length) record.received = Object.assign(emptyMap(), data.received);
  return { record, migrated: data.version < RECORD_VERSION };
};

// The stored record, checked; null when there is none; a problem when it cannot be used.
const readStoredRecord = () => {
  let text;
  try {
    text = localStorage.getItem(storageKey);
  } catch (error) {
    return { problem: STORAGE_BLOCKED };
  }
  if (text === null) return { record: null };
  try {
    const checked = checkRecord(JSON.parse(text));
    if (checked.record) return checked;
  } catch (error) {
    /* not JSON: unreadable, as below */
  }
  return { problem: "wat in deze browser bewaard is, is onleesbaar" };
};

// Loads the stored record into storage.record; unusable data turns saving off (and stays).
const loadRecord = () => {
  const stored = readStoredRecord();
  storage.saving = true;
  if (stored.problem) {
    storage.record = emptyRecord();
    turnSavingOff(stored.problem);
  } else {
    storage.record = stored.record || emptyRecord();
    if (stored.migrated) saveRecord(); // version 1 becomes version 2 in place
  }
};

const saveRecord = () => {
  clearTimeout(storage.saveTimer);
  storage.saveTimer = 0;
  if (!storage.saving) return;
  try {
    localStorage.setItem(storageKey, JSON.stringify(storage.record));
  } catch (error) {
    turnSavingOff(error.name == "QuotaExceededError" ? "de opslag van deze browser is vol" : STORAGE_BLOCKED);
  }
};

// Saves after a pause in typing (or when the page is left).
const saveSoon = () => {
  clearTimeout(storage.saveTimer);
  storage.saveTimer = setTimeout(saveRecord, 400);
};

// Forgets everything stored; saving works again unless storage is blocked.
const clearStoredRecord = () => {
  storage.record = emptyRecord();
  try {
    localStorage.removeItem(storageKey);
    storage.saving = true;
  } catch (error) {
    /* blocked: saving stays off */
  }
  updateSavingNotice();
};

const turnSavingOff = (reason) => {
  storage.saving = false;
  storage.whyNotSaving = reason;
  updateSavingNotice();
};

// Sets (or, with a false value, removes) one entry of a bucket in record.ticks or record.answers.
const putEntry = (buckets, principle, id, value) => {
  const bucket = buckets[principle] || (buckets[principle] = emptyMap());
  if (value) bucket[id] = value;
  else delete bucket[id];
  if (!Object.keys(bucket).length) delete buckets[principle];
};

const formatDate = (date) => new Date(date).toLocaleString("nl-NL", { dateStyle: "long", timeStyle: "short" });

// Asks the browser once per visit, after a tick or a snapshot (never on load), to keep the
// data even when space runs low (Safari otherwise deletes it after 7 days without a visit).
const keepData = { asked: false, granted: undefined };
const askToKeepData = () => {
  if (keepData.asked || !(navigator.storage && navigator.storage.persist)) return;
  keepData.asked = true;
  navigator.storage.persist().then((granted) => {
    keepData.granted = granted;
    renderPage();
  });
};

// Another record of this site's, under its own name beside the checklist's (De spiegel's,
// spiegel-state.js): the stored JSON parsed, null when there is none. Throws when storage is
// blocked or the text is no JSON; the caller checks what it reads.
const siteRecordKey = (name) => storageKey.slice(0, -STORAGE_NAME.length) + name;
const readSiteRecord = (name) => {
  const text = localStorage.getItem(siteRecordKey(name));
  return text === null ? null : JSON.parse(text);
};
// Stores such a record (null removes it); throws when storage is blocked or full.
const writeSiteRecord = (name, data) => {
  if (data === null) localStorage.removeItem(siteRecordKey(name));
  else localStorage.setItem(siteRecordKey(name), JSON.stringify(data));
};
