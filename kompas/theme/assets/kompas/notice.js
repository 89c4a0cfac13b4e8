/* The "saving is off" notice, at the top of any page with checklist parts (storage.js says why). */

const updateSavingNotice = () => {
  let notice = document.querySelector(".vk-notice");
  const content = document.querySelector(".md-content__inner");
  const hasChecklistParts = document.querySelector("[data-checklist],[data-count],[data-answer]");
  if (storage.saving || !content || !hasChecklistParts) {
    if (storage.saving && notice) notice.remove();
    return;
  }
  if (!notice) {
    notice = content.insertBefore(document.createElement("p"), content.firstChild);
    notice.className = "vk-notice";
    notice.setAttribute("role", "status");
  }
  notice.textContent =
    `Opslaan staat uit: ${storage.whyNotSaving}. Je vinkjes en antwoorden gelden alleen voor dit bezoek.`;
};
