/* The extension bundle kompas-mijn.min.js (Mijn checklist and the handout), last module:
   registers its parts with main.js of the checklist bundle, then mounts on the page shown. */

extensions.renderers.push(renderSnapshots, renderDataPanel);
Object.assign(extensions.clickActions, {
  "data-vk-action": onMineAction,
  "data-vk-snapshot": takeSnapshot,
  "data-vk-snapshot-delete": (button) => deleteSnapshot(button.getAttribute("data-vk-snapshot-delete")),
  "data-vk-reminder": downloadReminder,
});
Object.assign(extensions.changeActions, { "data-vk-import": importRecord, "data-vk-compare": onShowSnapshot });
extensions.shownSnapshot = shownSnapshot;
const mountMine = () => {
  renderPage();
  mountHandout();
};
extensions.mounts.push(mountMine);
mountMine();
