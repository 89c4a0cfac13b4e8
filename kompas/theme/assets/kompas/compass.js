/* Compass charts (overrides/kompas/_compass.html): svg[data-kompas-chart] with one
   [data-axis="<principle id>"] per principle, [data-items] its item ids. Sets data-share
   (0 to 1) from the ticks and, while a snapshot is shown (snapshots.js, through main.js's extensions), data-share-then,
   and draws both polygons. Axis i of n points at 360° · i / n, clockwise from the top. */

const COMPASS_RADIUS = 100;

// The share of a principle's items ticked in ticks (a record's or a snapshot's).
const shareTicked = (ticks, axis) => {
  const items = wordsOf(axis.getAttribute("data-items"));
  const bucket = ticks[axis.getAttribute("data-axis")] || {};
  return items.length ? items.filter((item) => bucket[item] === true).length / items.length : 0;
};

const polygonPoints = (shares) =>
  shares
    .map((share, index) => {
      const angle = (2 * Math.PI * index) / shares.length;
      const x = Math.sin(angle) * share * COMPASS_RADIUS;
      const y = -Math.cos(angle) * share * COMPASS_RADIUS;
      return x.toFixed(1) + "," + y.toFixed(1);
    })
    .join(" ");

const renderCompasses = () => {
  const then = extensions.shownSnapshot();
  allOf("[data-kompas-chart]").forEach((chart) => {
    const axes = allOf("[data-axis]", chart);
    const now = axes.map((axis) => shareTicked(storage.record.ticks, axis));
    const before = then ? axes.map((axis) => shareTicked(then.ticks, axis)) : [];
    axes.forEach((axis, index) => {
      axis.setAttribute("data-share", now[index].toFixed(3));
      if (then) axis.setAttribute("data-share-then", before[index].toFixed(3));
      else axis.removeAttribute("data-share-then");
    });
    chart.querySelector("[data-vk-now]").setAttribute("points", polygonPoints(now));
    chart.querySelector("[data-vk-then]").setAttribute("points", then ? polygonPoints(before) : "0,0");
    const label = chart.parentNode.querySelector("[data-vk-then-label]");
    label.hidden = !then;
    if (then) label.textContent = "Toen: " + formatDate(then.taken);
  });
};
