/* De spiegel's report: print (spiegel.css lays the page out for A4, every column of the
   mirror on the page), CSV and JSON with what the mirror shows (never a single code, so never
   a single answer), the leader's answers and the agreements. The CSV is for a Dutch Excel:
   a byte-order mark (UTF-8), semicolons, decimal commas, values rounded to one decimal, and
   the agreements in a last row. */

const reportData = (team) => {
  const count = answerCount(team);
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
  const data = reportData(team);
  const cell = (value) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const comma = (x) => (x === null ? "" : (Math.round(x * 10) / 10 + 0).toFixed(1).replace(".", ","));
  const rows = [
    ["principe", "item", "uitspraak", ...SCALE, "team_gemiddeld", "leider", "verschil", "onenigheid"],
    ...data.items.map((r) => [r.principle, r.item, r.text, ...SCALE.map((value) => r[value]), comma(r.team), r.leider, comma(r.verschil), comma(r.onenigheid)]),
    [],
    ["afspraken", data.afspraken],
  ];
  return "\ufeff" + rows.map((row) => row.map((value) => cell(String(value ?? ""))).join(";")).join("\r\n") + "\r\n";
};

// The report's buttons (data-act): print, csv, json.
const reportAction = (team, action) => {
  const name = `spiegel-${team.session}`;
  if (action == "print") print();
  else if (action == "csv") downloadText(name + ".csv", "text/csv", reportCsv(team));
  else if (action == "json") downloadText(name + ".json", "application/json", JSON.stringify(reportData(team), null, 2) + "\n");
};
