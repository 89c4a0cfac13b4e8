/* Storage: the visitor's ticks and answers, kept in this browser only, under one localStorage
   key scoped to the site's path (as Material scopes its own keys). Every script of the site
   reads and writes them through this module, with the same validation.

   The record (README, "Personal checklist"):
   {"version": 1, "ticks": {principle: {item: true}}, "answers": {principle: {question: text}}}

   Part of the bundle kompas.min.js (kompas/site/assets.py): the modules share one scope. */

const RECORD_VERSION = 1;
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
const emptyRecord = () => ({ version: RECORD_VERSION, ticks: emptyMap(), answers: emptyMap() });

// What this page works with: the record, and whether (and why not) it is saved.
const storage = { record: emptyRecord(), saving: true, whyNotSaving: "", saveTimer: 0 };

// A valid record copied from parsed data: { record } or { problem } (a Dutch sentence).
const checkRecord = (data) => {
  if (!isPlainObject(data) || !("version" in data)) {
    return { problem: "Dit is geen bestand van het Vertrouwenskompas." };
  }
  if (data.version > RECORD_VERSION) {
    return { problem: "Dit bestand komt uit een nieuwere versie van het Vertrouwenskompas." };
  }
  if (data.version !== RECORD_VERSION) {
    return { problem: `Dit bestand heeft een onbekende versie (${data.version}).` };
  }
  const record = emptyRecord();
  // Copies {principle: {id: value}} from source into target when every value passes isValid.
  const copyBuckets = (source, target, isValid) =>
    source === undefined ||
    (isPlainObject(source) &&
      Object.keys(source).every((principle) => {
        const bucket = source[principle];
        if (!isPlainObject(bucket)) return false;
        target[principle] = Object.assign(emptyMap(), bucket);
        return Object.values(bucket).every(isValid);
      }));
  const valid =
    copyBuckets(data.ticks, record.ticks, (value) => value === true) &&
    copyBuckets(data.answers, record.answers, (value) => typeof value == "string");
  return valid ? { record } : { problem: "Dit bestand is beschadigd: de vinkjes of antwoorden kloppen niet." };
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
