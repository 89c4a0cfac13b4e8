/* De spiegel, the participants' page ([data-spiegel="meedoen"], spiegel-meedoen.html): the
   link's key (?s=<key>) gives the session and the chosen principles (a cut or wrong link is
   refused before the first answer); answer their items on the scale, get the answers as a
   text code and a QR code. The answers stay on the phone (the record's "meedoen") until the
   participant shows or sends the code. With ?papier=<key> it is the printable form for those
   without a phone (spiegel.css lays it out; the facilitator types it in, spiegel-paper.js). */

const mountParticipant = (root, data) => {
  const form = oneOf("[data-spiegel-form]", root);
  const done = oneOf("[data-spiegel-done]", root);
  const query = new URLSearchParams(location.search);
  const paper = query.has("papier");
  const link = readLinkKey(query.get(paper ? "papier" : "s"), data.principles);
  if (!link) return (oneOf("[data-spiegel-missing]", root).hidden = false);
  const { session, principles } = link;
  const ids = principles.map((p) => p.id);
  const items = itemsOf(principles).map((item) => item.id);
  const choice = choiceHash(items);
  allOf("[data-spiegel-principle]", root).forEach((section) => {
    if (!ids.includes(section.dataset.spiegelPrinciple)) section.remove();
  });
  allOf("[data-spiegel-sid]", root).forEach((element) => (element.textContent = session));
  if (paper) {
    root.classList.add("vk-spiegel--papier");
    root.onclick = ({ target }) => target.dataset.act == "print" && print();
    return (form.hidden = false);
  }
  let mine = readSpiegel().meedoen[session];
  // A phone's response id, once per session and choice (an id of a version 1 page: a new one).
  if (!mine || mine.choice != choice || mine.response.length != 6) mine = { choice, response: random36(6), revision: 0, answers: {} };
  allOf("[data-spiegel-item] input", form).forEach((input) => {
    input.checked = mine.answers[input.closest("[data-spiegel-item]").dataset.spiegelItem] === input.value;
  });
  const keep = () => changeSpiegel((record) => (record.meedoen[session] = mine));
  form.onchange = ({ target }) => {
    const item = target.closest("[data-spiegel-item]");
    if (item) mine.answers[item.dataset.spiegelItem] = target.value;
    keep();
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    const sent = items.map((id) => mine.answers[id] || "").join();
    if (sent != mine.sent) Object.assign(mine, { sent, revision: Math.min(mine.revision + 1, 35) });
    keep();
    const code = encodeAnswers(session, items, mine.response, mine.revision, mine.answers);
    const open = items.filter((id) => !mine.answers[id]).length;
    oneOf("[data-spiegel-code]", root).textContent = code;
    oneOf("[data-spiegel-copied]", root).textContent = open ? textOf("open", { n: open }) : "";
    form.hidden = true;
    done.hidden = false;
    done.focus();
    drawQr(root, oneOf("[data-spiegel-qr]", root), code, textOf("codeQr", { code }), "Alphanumeric");
  };
  done.onclick = ({ target }) => {
    const action = target.dataset.act;
    const code = oneOf("[data-spiegel-code]", root);
    const said = oneOf("[data-spiegel-copied]", root);
    if (action == "copy") {
      const fail = () => {
        getSelection().selectAllChildren(code);
        said.textContent = textOf("copyFailed");
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(code.textContent).then(() => (said.textContent = textOf("copied")), fail);
      } else fail();
    } else if (action == "edit") {
      done.hidden = true;
      form.hidden = false;
      oneOf("input", form).focus();
    }
  };
  form.hidden = false;
};
