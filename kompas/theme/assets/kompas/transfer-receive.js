/* Transfer to another device, receiving (Mijn checklist): a transfer arrives in the address
   (a link opened here: its data are read and then removed from the address bar), pasted into
   textarea[data-vk-transfer-paste], or read by the camera ("Ontvang met de camera",
   vendor/jsqr loaded when it starts) as one QR code or a series in any order, with progress
   ("3 van 5") in [data-vk-transfer-progress]. A complete transfer is shown in
   [data-vk-transfer-arrival] beside what this device has; nothing changes until
   button[data-vk-transfer-merge] or button[data-vk-transfer-replace] is chosen
   (button[data-vk-transfer-cancel] drops it). A damaged, truncated, foreign or newer transfer
   says why and changes nothing; a transfer taken in before (its id is kept in the record's
   "received") is not taken in again. */

const receiving = { series: new Map(), pending: null, camera: null };

// Takes in the transfers in a text (a link, a QR code's text, pasted text). `fromCamera`:
// quiet about a code read again.
const takeTransferText = async (text, fromCamera) => {
  const found = findTransferParts(text);
  const progress = inTransferArea("[data-vk-transfer-progress]");
  const parts = found.filter((part) => !part.problem);
  if (!parts.length) {
    sayTransfer(`Niets ontvangen. ${found[0].problem} Er is niets veranderd.`, true);
    return;
  }
  for (const part of parts) {
    const name = [part.id, part.parts, part.check].join("-");
    const series = receiving.series.get(name) || new Map();
    receiving.series.set(name, series);
    if (series.has(part.part) && fromCamera) continue;
    series.set(part.part, part);
    if (series.size < part.parts) {
      const missing = Array.from({ length: part.parts }, (unused, index) => index + 1).filter((number) => !series.has(number));
      progress.textContent = `${series.size} van ${part.parts} codes gelezen; nog nodig: ${missing.join(", ")}.`;
      if (!receiving.camera) sayTransfer("Lees de andere codes met ‘Ontvang met de camera’, of plak ze hieronder.");
      continue;
    }
    receiving.series.delete(name);
    if (part.parts > 1) progress.textContent = `${part.parts} van ${part.parts} codes gelezen.`;
    await finishTransfer(part.id, [...series.values()].sort((first, second) => first.part - second.part));
    return;
  }
};

const finishTransfer = async (id, parts) => {
  const result = await unpackTransfer(parts, page.ids);
  if (result.problem) {
    if (receiving.camera) receiving.camera.seen.clear(); // the codes may be read again
    sayTransfer(`Niets ontvangen. ${result.problem} Er is niets veranderd.`, true);
    return;
  }
  stopTransferCamera();
  if (parts.length == 1) inTransferArea("[data-vk-transfer-progress]").textContent = "";
  const before = (storage.record.received || {})[id];
  if (before) {
    sayTransfer(`Deze overdracht is al ontvangen, op ${formatDate(before)}. Er is niets veranderd.`, true);
    return;
  }
  receiving.pending = Object.assign({ id }, result);
  showArrival();
};

// The arrival: what came in beside what this device has and what a merge would make.
const showArrival = () => {
  const { record, ticksOnly, sent, unknown } = receiving.pending;
  const arrival = document.querySelector("[data-vk-transfer-arrival]");
  const here = recordSummary(storage.record);
  const received = recordSummary(record);
  const merge = mergeRecords(storage.record, record);
  const merged = recordSummary(merge.record);
  const date = (value) => (value ? formatDate(value) : "–");
  const rows = [
    ["Vinkjes", received.ticks, here.ticks, merged.ticks],
    ["Antwoorden", ticksOnly ? "niet meegestuurd" : received.answers, here.answers, merged.answers],
    ["Momentopnames", ticksOnly ? "niet meegestuurd" : received.snapshots, here.snapshots, merged.snapshots],
    ["Nieuwste antwoord", ticksOnly ? "–" : date(received.newest), date(here.newest), date(merged.newest)],
  ];
  arrival.querySelector("[data-vk-transfer-compare]").replaceChildren(
    ...rows.map(([what, ...values]) => {
      const row = document.createElement("tr");
      const head = document.createElement("th");
      head.scope = "row";
      head.textContent = what;
      row.append(head, ...values.map((value) => Object.assign(document.createElement("td"), { textContent: String(value) })));
      return row;
    }),
  );
  arrival.querySelector("[data-vk-transfer-sent]").textContent =
    `Verstuurd op ${formatDate(sent)}${ticksOnly ? ", alleen de vinkjes" : ""}.`;
  const notes = [];
  if (merge.differing) {
    notes.push(`${merge.differing} ${merge.differing == 1 ? "antwoord staat" : "antwoorden staan"} op beide apparaten anders: samenvoegen houdt van elk het nieuwste.`);
  }
  if (ticksOnly) notes.push("Vervangen vervangt alleen je vinkjes: je antwoorden en momentopnames op dit apparaat blijven.");
  if (unknown) {
    notes.push(`${unknown} ${unknown == 1 ? "onderdeel kent" : "onderdelen kent"} deze versie van de site niet; die gaan verloren. Ververs eerst deze pagina en lees de overdracht opnieuw om ze te houden.`);
  }
  arrival.querySelector("[data-vk-transfer-notes]").textContent = notes.join(" ");
  arrival.hidden = false;
  arrival.querySelector("h2").focus();
};

const closeArrival = () => {
  receiving.pending = null;
  document.querySelector("[data-vk-transfer-arrival]").hidden = true;
};

// Keeps the ids of transfers taken in (the 50 latest), so that none is taken in twice.
const markReceived = (record, id) => {
  const received = Object.assign({}, record.received, { [id]: new Date().toISOString() });
  const latest = Object.keys(received).sort((first, second) => Date.parse(received[second]) - Date.parse(received[first]));
  record.received = Object.fromEntries(latest.slice(0, 50).map((key) => [key, received[key]]));
};

const decideTransfer = (replace) => {
  const pending = receiving.pending;
  if (!pending) return;
  const record = replace ? replaceRecord(storage.record, pending.record, pending.ticksOnly) : mergeRecords(storage.record, pending.record).record;
  markReceived(record, pending.id);
  storage.record = record;
  if (replace) storage.saving = true; // as a file import: replaces unreadable stored data too
  saveRecord();
  closeArrival();
  renderPage();
  updateSavingNotice();
  const { ticks, answers, snapshots } = recordSummary(record);
  const done = replace ? "Vervangen" : "Samengevoegd";
  const where = storage.saving ? "op dit apparaat" : "voor dit bezoek (opslaan staat uit)";
  const message = sayTransfer(`${done}: nu ${ticks} vinkjes, ${answers} antwoorden en ${snapshots} momentopnames ${where}.`);
  message.setAttribute("tabindex", "-1");
  message.focus();
};

const cancelTransfer = () => {
  closeArrival();
  const message = sayTransfer("Niets overgenomen: er is niets veranderd. Open de link opnieuw als je hem toch wilt gebruiken.");
  message.setAttribute("tabindex", "-1");
  message.focus();
};

// A transfer in the address (a link opened here: after "#", a code starting with VK that
// names no element of the page): read, then removed from the address bar.
const readTransferFromAddress = () => {
  let text = location.hash.slice(1);
  try {
    text = decodeURIComponent(text);
  } catch (error) {
    /* read as it is */
  }
  if (!transferArea() || !/^VK/i.test(text) || document.getElementById(text)) return;
  history.replaceState(history.state, "", location.pathname + location.search);
  takeTransferText(text, false);
};

const readPastedTransfer = () => {
  const field = inTransferArea("[data-vk-transfer-paste]");
  if (!field.value.trim()) return sayTransfer("Plak eerst een link of code in het veld.", true);
  takeTransferText(field.value, false).then(() => {
    field.value = "";
  });
};

// The camera: its frames go to jsQR (most browsers have no QR reader of their own).
const startTransferCamera = async () => {
  if (receiving.camera) return;
  const progress = inTransferArea("[data-vk-transfer-progress]");
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return sayTransfer("Deze browser kan hier geen camera gebruiken. Plak de link of code hieronder.", true);
  }
  let stream;
  try {
    await loadVendor("jsqr/jsQR.js", "jsQR");
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: "environment", width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    });
  } catch (error) {
    const denied = error && error.name == "NotAllowedError";
    return sayTransfer(
      denied
        ? "De camera mag niet worden gebruikt: geef toestemming in je browser, of plak de link of code hieronder."
        : "Geen camera gevonden. Plak de link of code hieronder.",
      true,
    );
  }
  const video = inTransferArea("[data-vk-transfer-video]");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  receiving.camera = { stream, timer: 0, video, seen: new Set() };
  video.srcObject = stream;
  video.hidden = false;
  inTransferArea("[data-vk-transfer-stop]").hidden = false;
  progress.textContent = "De camera staat aan: houd de QR-code midden in beeld.";
  try {
    await video.play();
  } catch (error) {
    /* a muted inline video plays; scanning reads frames either way */
  }
  // Every other frame only its centre square (faster), the others whole: a dense code that
  // one reading misses (jsQR's thresholds are taken in blocks) the other often finds.
  let whole = false;
  const scanFrame = async () => {
    if (!receiving.camera) return;
    const width = whole ? video.videoWidth : Math.min(video.videoWidth, video.videoHeight);
    const height = whole ? video.videoHeight : width;
    whole = !whole;
    if (width) {
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, (video.videoWidth - width) / 2, (video.videoHeight - height) / 2, width, height, 0, 0, width, height);
      const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: "dontInvert" });
      const seen = receiving.camera.seen;
      if (found && found.data && !seen.has(found.data)) {
        seen.add(found.data);
        await takeTransferText(found.data, true);
      }
    }
    if (receiving.camera) receiving.camera.timer = setTimeout(scanFrame, 100);
  };
  scanFrame();
};

const stopTransferCamera = () => {
  const camera = receiving.camera;
  if (!camera) return;
  receiving.camera = null;
  clearTimeout(camera.timer);
  camera.stream.getTracks().forEach((track) => track.stop());
  camera.video.srcObject = null;
  camera.video.hidden = true;
  if (!transferArea() || !camera.video.isConnected) return; // another page now
  inTransferArea("[data-vk-transfer-stop]").hidden = true;
  const progress = inTransferArea("[data-vk-transfer-progress]");
  if (progress.textContent.startsWith("De camera staat aan")) progress.textContent = "De camera staat uit.";
};
