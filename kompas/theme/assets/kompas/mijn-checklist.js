/* Mijn checklist: export the record (snapshots included) to a file, import such a file of
   version 1 or 2 (validated like the stored record, storage.js), reset one principle or
   everything, and say what happened in [data-vk-message]. */

const showMessage = (text, isError) => {
  const message = document.querySelector("[data-vk-message]");
  if (!message) return;
  message.textContent = text;
  message.classList.toggle("vk-message--error", !!isError);
};

// Offers text as a file download (no request: a blob URL in this page).
const downloadFile = (text, type, name) => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 5000);
};

// The file is the record itself, with the time of this export.
const exportRecord = () => {
  const now = new Date().toISOString();
  const name = `vertrouwenskompas-${now.slice(0, 10)}.json`;
  storage.record.exported = now;
  delete storage.record.reminderDismissed;
  downloadFile(JSON.stringify(storage.record, null, 2), "application/json", name);
  saveRecord();
  renderPage();
  showMessage(`Je checklist is opgeslagen als ${name}.`);
};

const importRecord = (input) => {
  const file = input.files[0];
  if (!file) return;
  file
    .text()
    .then((text) => {
      let checked;
      try {
        checked = checkRecord(JSON.parse(text));
      } catch (error) {
        checked = { problem: "Het is geen JSON-bestand van het Vertrouwenskompas." };
      }
      if (checked.problem) return showMessage(`Niets geïmporteerd. ${checked.problem}`, true);
      const { ticks, answers, snapshots } = storage.record;
      const hasData = Object.keys(ticks).length + Object.keys(answers).length + snapshots.length;
      const replace = "Je huidige vinkjes, antwoorden en momentopnames in deze browser worden vervangen door die uit het bestand. Doorgaan?";
      if (hasData && !confirm(replace)) return;
      storage.record = checked.record;
      storage.saving = true; // an import replaces everything, unreadable stored data included
      moveAliasedEntries(storage.record, page.ids);
      saveRecord();
      renderPage();
      updateSavingNotice();
      showMessage(`Geïmporteerd uit ${file.name}.`);
    })
    .catch(() => showMessage("Niets geïmporteerd: het bestand kan niet gelezen worden.", true))
    .then(() => {
      input.value = "";
    });
};

// Wipes one principle (its id and title given) or, without an id, everything.
const resetRecord = (principle, title) => {
  const question = principle ? `Alle vinkjes en antwoorden bij ‘${title}’ wissen?` : "Al je vinkjes en antwoorden in deze browser wissen?";
  if (!confirm(question)) return;
  if (principle) {
    delete storage.record.ticks[principle];
    delete storage.record.answers[principle];
    saveRecord();
  } else {
    clearStoredRecord();
  }
  renderPage();
  showMessage(principle ? `‘${title}’ is gewist.` : "Alles is gewist.");
};

// A click on a [data-vk-action] button of Mijn checklist.
const onMineAction = (button) => {
  const action = button.getAttribute("data-vk-action");
  if (action == "export") exportRecord();
  if (action == "import") document.querySelector("[data-vk-import]").click();
  if (action == "reset") resetRecord(button.getAttribute("data-principle"), button.getAttribute("data-title"));
};
