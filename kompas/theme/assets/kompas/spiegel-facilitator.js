/* De spiegel, the facilitator's page ([data-spiegel="leider"], spiegel.html): start a session
   (the choice of principles lives in the address), show the join link, collect the team's
   codes, the leader's own answers; the mirror, the camera and the report are modules of their
   own that get the session object made here. */

// The chosen principles (site order) from ?p= (ids or old ids); all without ?p=.
const chosenPrinciples = (data, wanted) =>
  wanted == null
    ? data.principles
    : data.principles.filter((p) => [p.id, ...p.aliases].some((id) => wanted.split(",").includes(id)));

const mountFacilitator = (root, data) => {
  const start = oneOf("[data-spiegel-start]", root);
  const view = oneOf("[data-spiegel-session]", root);
  const picks = allOf("[data-pick]", start);
  const chosenText = oneOf("[data-spiegel-chosen]", start);
  const messages = oneOf("[data-spiegel-messages]", root);
  const say = (lines) => messages.replaceChildren(makeElement("ul", {}, ...lines.map((line) => makeElement("li", {}, line))));
  const address = (session, ids) => {
    const parts = session ? ["s=" + session] : [];
    if (ids && ids.length < data.principles.length) parts.push("p=" + ids.join(","));
    return location.pathname + (parts.length ? "?" + parts.join("&") : "");
  };
  const picked = () => picks.filter((box) => box.checked).map((box) => box.value);
  const countPicked = () => (chosenText.textContent = textOf("chosen", { n: picked().length, total: picks.length }));

  // Step 1: the picker (the same as the handout's).
  const showStart = () => {
    stopCamera(root);
    const wanted = chosenPrinciples(data, new URLSearchParams(location.search).get("p")).map((p) => p.id);
    picks.forEach((box) => (box.checked = wanted.includes(box.value)));
    view.hidden = true;
    start.hidden = false;
    countPicked();
  };
  start.onchange = () => {
    countPicked();
    history.replaceState(history.state, "", address(null, picked()));
  };
  start.onclick = ({ target }) => {
    if (!target.dataset.act) return;
    picks.forEach((box) => (box.checked = target.dataset.act == "all"));
    start.onchange();
  };
  start.onsubmit = (event) => {
    event.preventDefault();
    if (!picked().length) return (chosenText.textContent = textOf("chooseOne"));
    history.pushState(history.state, "", address(random36(4), picked()));
    showSession();
  };

  // Steps 2 to 5: one session.
  const showSession = () => {
    const query = new URLSearchParams(location.search);
    const session = (query.get("s") || "").toUpperCase();
    const known = readSpiegel().sessions[session];
    const principles = chosenPrinciples(data, known ? known.p.join(",") : query.get("p"));
    if (!/^[0-9A-Z]{4}$/.test(session) || !principles.length) return showStart();
    const ids = principles.map((p) => p.id);
    const items = itemsOf(principles);
    const team = {
      root,
      session,
      principles,
      items,
      itemIds: items.map((item) => item.id),
      stored: known || { p: ids, codes: {}, leider: {}, afspraken: "" },
      say,
    };
    team.save = () => {
      if (!changeSpiegel((record) => (record.sessions[session] = team.stored))) {
        say([textOf("notSaving")]);
      }
    };
    team.save();
    start.hidden = true;
    view.hidden = false;
    messages.replaceChildren();

    allOf("[data-spiegel-sid]", view).forEach((element) => (element.textContent = session));
    const titles = principles.map((p) => `${p.number}. ${p.title}`);
    oneOf("[data-spiegel-titles]", view).textContent = titles.join("; ");
    oneOf("[data-spiegel-report-principles]", view).replaceChildren(...titles.map((title) => makeElement("li", {}, title)));
    oneOf("[data-spiegel-new]", view).href = address(null, ids); // the start, this choice ticked

    // The leader's own view: the same scale, or ticks from "Mijn checklist" as "vaak".
    allOf("[data-spiegel-principle]", view).forEach((fieldset) => (fieldset.hidden = !ids.includes(fieldset.dataset.spiegelPrinciple)));
    const showOwn = () =>
      allOf("[data-spiegel-own] input", view).forEach((input) => {
        input.checked = team.stored.leider[input.closest("[data-spiegel-own]").dataset.spiegelOwn] === input.value;
      });
    showOwn();
    oneOf(".vk-spiegel__own", view).onchange = ({ target }) => {
      const item = target.closest("[data-spiegel-own]");
      if (!item) return;
      team.stored.leider[item.dataset.spiegelOwn] = target.value;
      team.save();
      renderMirror(team);
    };
    const loud = oneOf("[data-spiegel-beep]", view);
    loud.checked = !readSpiegel().quiet;
    loud.onchange = () => changeSpiegel((record) => (loud.checked ? delete record.quiet : (record.quiet = true)));
    const agreements = oneOf("[data-spiegel-afspraken]", view);
    agreements.value = team.stored.afspraken || "";
    agreements.oninput = () => {
      team.stored.afspraken = agreements.value;
      team.save();
    };

    // Taking a code: the same code twice counts once. Codes with the same response id are
    // stored under "<id>", "<id>.2", …: a higher revision is that participant's correction and
    // replaces the earlier code (a version 1 code, revision 0, replaces any); the same revision
    // with other answers is another phone that drew the same id, and both count.
    const takeOne = (raw) => {
      try {
        const got = decodeAnswers(raw, session, team.itemIds);
        const codes = team.stored.codes;
        const same = Object.keys(codes).filter((key) => key.split(".")[0] == got.response);
        const revisionOf = (key) => decodeAnswers(codes[key], session, team.itemIds).revision;
        if (same.some((key) => codes[key] == got.code)) return ["duplicate", got];
        const earlier = same.find((key) => !got.revision || revisionOf(key) < got.revision);
        if (earlier) {
          codes[earlier] = got.code;
          return ["updated", got];
        }
        if (same.some((key) => revisionOf(key) > got.revision)) return ["older", got];
        codes[same.length ? `${got.response}.${same.length + 1}` : got.response] = got.code;
        return [same.length ? "twin" : "added", got];
      } catch (error) {
        return ["refused", { code: raw.length > 24 ? raw.slice(0, 24) + "…" : raw, why: textOf(error.message, error.values) }];
      }
    };
    // Takes every code in the text; says what became of each; their outcomes' keys.
    team.take = (text) => {
      const found = text.match(/VK\d+(?:-[0-9A-Z]*)+/gi) || [];
      if (!found.length) return say([textOf("noCode")]) || ["refused"];
      const outcomes = found.map(takeOne);
      say(outcomes.map((outcome) => textOf(...outcome)));
      team.save();
      tally();
      renderMirror(team);
      return outcomes.map((outcome) => outcome[0]);
    };
    const tally = () => allOf("[data-spiegel-count], [data-spiegel-count-print]", view).forEach((box) => (box.textContent = answerCount(team)));
    const paste = oneOf("[data-spiegel-paste]", view);

    view.onclick = ({ target }) => {
      if (target.closest("[data-spiegel-present]")) return openProjector(team);
      const action = target.dataset.act;
      if (action == "paste") {
        team.take(paste.value);
        paste.value = "";
      } else if (action == "ticks") {
        const stored = readStoredRecord().record;
        const ticks = stored ? stored.ticks : {};
        const taken = items.filter((item) => ticks[item.principle.id] && ticks[item.principle.id][item.id] === true);
        taken.forEach((item) => (team.stored.leider[item.id] = "vaak"));
        team.save();
        showOwn();
        renderMirror(team);
        say([textOf(taken.length ? "ticks" : "noTicks", { n: taken.length })]);
      } else if (action == "wipe") {
        if (!confirm(textOf("wipe", team))) return;
        // Nothing of the session stays: not in storage (this browser's own answers to it
        // included), not on the page.
        changeSpiegel((record) => delete record.sessions[session] && delete record.meedoen[session]);
        allOf("[data-spiegel-rows], [data-spiegel-talk], [data-spiegel-messages], [data-spiegel-join-qr]", view).forEach((box) => box.replaceChildren());
        paste.value = "";
        history.pushState(history.state, "", address(null, ids));
        showStart();
        chosenText.textContent = textOf("wiped", team);
      } else if (action == "camera") startCamera(team);
      else if (action == "stop") stopCamera(root);
      else reportAction(team, action);
    };
    tally();
    renderMirror(team);
    mountPaperEntry(team);

    showJoin(team, data.principles.map((p) => p.id));
  };

  const route = () => (new URLSearchParams(location.search).get("s") ? showSession() : showStart());
  addEventListener("popstate", () => root.isConnected && route());
  route();
};
