/* Mijn checklist: export the record to a file, import such a file (validated like the stored
   record, storage.js), reset one principle or everything, and say what happened in
   [data-vk-message]. */

const showMessage = (text, isError) => {
  const message = document.querySelector("[data-vk-message]");
  if (!message) return;
  message.textContent = text;
  message.classList.toggle("vk-message--error", !!isError);
};

const exportRecord = () => {
  const now = new Date().toISOString();
  const data = { version: RECORD_VERSION, exported: now, ticks: storage.record.ticks, answers: storage.record.answers };
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  link.download = `vertrouwenskompas-${now.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 5000);
  showMessage(`Je checklist is opgeslagen als ${link.download}.`);
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
      const hasData = Object.keys(storage.record.ticks).length + Object.keys(storage.record.answers).length;
      const replace = "Je huidige vinkjes en antwoorden in deze browser worden vervangen door die uit het bestand. Doorgaan?";
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
