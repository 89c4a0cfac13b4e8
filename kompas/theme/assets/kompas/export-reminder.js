/* The export reminder ([data-vk-export-reminder], home and Mijn checklist): shown when there
   are snapshots and the last export (or, never exported, the first snapshot) is more than
   4 weeks old, until the visitor dismisses it ([data-vk-dismiss-reminder]) or exports. */

const REMINDER_AFTER_DAYS = 28;

const renderExportReminder = () => {
  const { snapshots, exported, reminderDismissed } = storage.record;
  const since = exported || (snapshots[0] && snapshots[0].taken);
  const due = !reminderDismissed && snapshots.length && Date.now() - Date.parse(since) > REMINDER_AFTER_DAYS * 864e5;
  allOf("[data-vk-export-reminder]").forEach((box) => {
    box.hidden = !due;
  });
};

const dismissExportReminder = () => {
  storage.record.reminderDismissed = new Date().toISOString();
  saveRecord();
  renderExportReminder();
};
