/* Snapshots ("momentopnames", Mijn checklist): "Leg dit moment vast" (button[data-vk-snapshot])
   keeps a dated copy of the ticks, and of the answers when [data-vk-snapshot-answers] is
   checked, in the record. [data-vk-snapshots] lists them, each as [data-vk-snapshot-item] with
   its size and a delete button; [data-vk-snapshot-summary] says how much is stored; the
   select [data-vk-compare] picks the snapshot the compass shows as "Toen" beside "Nu". */

// The size of the stored record, in characters (what browsers count against their quota).
const recordSize = (record = storage.record) => JSON.stringify(record).length;

const formatSize = (characters) => (characters / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) + " kB";

// The snapshot shown as "Toen" (by its date), for this visit only.
const snapshotView = { shown: "" };

const shownSnapshot = () => storage.record.snapshots.find((snapshot) => snapshot.taken == snapshotView.shown);

const countEntries = (ticks) => Object.values(ticks).reduce((sum, bucket) => sum + Object.keys(bucket).length, 0);

const takeSnapshot = () => {
  const snapshot = { taken: new Date().toISOString(), ticks: copyBuckets(storage.record.ticks) };
  const withAnswers = document.querySelector("[data-vk-snapshot-answers]");
  if (withAnswers && withAnswers.checked) snapshot.answers = copyBuckets(storage.record.answers);
  storage.record.snapshots.push(snapshot);
  saveRecord();
  askToKeepData();
  renderPage();
  showMessage(`Moment vastgelegd: ${formatDate(snapshot.taken)}.`);
};

const deleteSnapshot = (taken) => {
  if (!confirm(`De momentopname van ${formatDate(taken)} verwijderen?`)) return;
  storage.record.snapshots = storage.record.snapshots.filter((snapshot) => snapshot.taken != taken);
  saveRecord();
  renderPage();
  showMessage(`De momentopname van ${formatDate(taken)} is verwijderd.`);
};

const renderSnapshots = () => {
  const list = document.querySelector("[data-vk-snapshots]");
  if (!list) return;
  const snapshots = storage.record.snapshots;
  list.replaceChildren(
    ...snapshots.map((snapshot) => {
      const item = document.createElement("li");
      const remove = document.createElement("button");
      const date = formatDate(snapshot.taken);
      item.setAttribute("data-vk-snapshot-item", snapshot.taken);
      item.textContent = `${date}: ${countEntries(snapshot.ticks)} vinkjes${snapshot.answers ? " en je antwoorden" : ""} (${formatSize(recordSize(snapshot))}) `;
      remove.type = "button";
      remove.className = "md-button vk-mine__small";
      remove.setAttribute("data-vk-snapshot-delete", snapshot.taken);
      remove.setAttribute("aria-label", `Verwijder de momentopname van ${date}`);
      remove.textContent = "Verwijder";
      item.append(remove);
      return item;
    }),
  );
  document.querySelector("[data-vk-snapshot-summary]").textContent =
    `${snapshots.length} ${snapshots.length == 1 ? "momentopname" : "momentopnames"}; alles samen ${formatSize(recordSize())} in deze browser.`;
  const select = document.querySelector("[data-vk-compare]");
  if (!shownSnapshot()) snapshotView.shown = "";
  select.replaceChildren(
    new Option("Geen: alleen nu", ""),
    ...snapshots.map((snapshot) => new Option(formatDate(snapshot.taken), snapshot.taken)),
  );
  select.value = snapshotView.shown;
};

const onShowSnapshot = (select) => {
  snapshotView.shown = select.value;
  renderCompasses();
};
