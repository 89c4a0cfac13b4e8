/* Progress: [data-count="<principle ids>"] shows "n van t" ticked (.vk-progress__text) and a
   bar (.vk-progress__bar > span), counting only the items that exist today. */

const renderProgress = (pageIds) => {
  allOf("[data-count]").forEach((element) => {
    let ticked = 0;
    let total = 0;
    wordsOf(element.getAttribute("data-count")).forEach((principle) => {
      const ticks = storage.record.ticks[principle] || {};
      Object.keys(pageIds[principle] ? pageIds[principle].items : {}).forEach((item) => {
        total++;
        if (ticks[item]) ticked++;
      });
    });
    const text = element.querySelector(".vk-progress__text");
    const bar = element.querySelector(".vk-progress__bar > span");
    if (text.textContent != `${ticked} van ${total}`) text.textContent = `${ticked} van ${total}`;
    if (bar) bar.style.width = (total ? Math.round((100 * ticked) / total) : 0) + "%";
  });
};
