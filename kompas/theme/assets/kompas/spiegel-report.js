/* De spiegel's report: print (spiegel.css lays the page out for A4), CSV and JSON with what
   the mirror shows (never a single code, so never a single answer), the leader's answers and
   the agreements. */

const reportData = (team) => {
  const count = Object.keys(team.stored.codes).length;
  return {
    version: SPIEGEL_VERSION,
    session: team.session,
    answers: count,
    principles: team.principles.map((p) => ({ id: p.id, title: p.title })),
    items:
      count < MIRROR_MINIMUM
        ? []
        : mirrorResults(team).map((r) => ({
            principle: r.item.principle.id,
            item: r.item.id,
            text: r.item.text,
            ...r.counts,
            team: r.mean,
            leider: r.leider || null,
            verschil: r.gap,
            onenigheid: r.spread,
          })),
    afspraken: team.stored.afspraken || "",
  };
};

const reportCsv = (team) => {
  const cell = (value) =>
    value === null || value === undefined ? "" : /[",;\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value);
  const head = ["principe", "item", "uitspraak", ...SCALE, "team_gemiddeld", "leider", "verschil", "onenigheid"];
  const body = reportData(team).items.map((r) => [
    r.principle, r.item, r.text, ...SCALE.map((value) => r[value]), r.team, r.leider, r.verschil, r.onenigheid,
  ]);
  return [head, ...body].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
};

// The report's buttons (data-act): print, csv, json.
const reportAction = (team, action) => {
  const name = `spiegel-${team.session}`;
  if (action == "print") print();
  else if (action == "csv") downloadText(name + ".csv", "text/csv", reportCsv(team));
  else if (action == "json") downloadText(name + ".json", "application/json", JSON.stringify(reportData(team), null, 2) + "\n");
};
