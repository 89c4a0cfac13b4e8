/* Where the data is: the panel "Waar staan mijn gegevens?" on Mijn checklist, its fields
   [data-vk-data="what|key|size|exported|kept"] filled in as text; "kept" is the browser's
   answer to navigator.storage.persisted() (asked for by storage.js after a tick). */

const setField = (name, text) => {
  const field = document.querySelector(`[data-vk-data="${name}"]`);
  if (field) field.textContent = text;
};

const renderDataPanel = () => {
  if (!document.querySelector("[data-vk-data]")) return;
  const { ticks, answers, snapshots, exported } = storage.record;
  setField("what", `${countEntries(ticks)} vinkjes, ${countEntries(answers)} antwoorden en ${snapshots.length} momentopnames.`);
  setField("key", storageKey);
  setField("size", formatSize(recordSize()));
  setField("exported", exported ? formatDate(exported) : "nog nooit");
  const showKept = (granted) =>
    setField("kept", granted ? "Ja, dat heeft deze browser beloofd." : "Nee, nog niet: de browser mag ze wissen als de ruimte opraakt.");
  showKept(keepData.granted);
  if (navigator.storage && navigator.storage.persisted) navigator.storage.persisted().then(showKept);
};
