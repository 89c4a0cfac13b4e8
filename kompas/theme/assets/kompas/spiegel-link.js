/* De spiegel's join link (a[data-spiegel-join]) and its QR code: the participants' page with
   the session and the choice as one short key (spiegel-code.js). On the web the link sits
   beside this page. From this computer (file://, or served on a loopback address) no phone
   can reach the page: the link leads to the published site, as the facilitator entered it
   (remembered in the record's "published") or as the site was built (SITE_URL), and the page
   says so; with neither, it says that phones cannot reach the link. The paper form
   ([data-spiegel-paper]) is always this computer's. */

const isLoopback = (host) => /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(host);

// The published participants' page: from the address the facilitator entered, else the
// site's own (data-spiegel-published, empty without SITE_URL); "" when neither is known.
const publishedJoin = (root) => {
  const site = readSpiegel().published;
  return site ? site + "spiegel/meedoen/" : root.dataset.spiegelPublished;
};

const showJoin = (team, allIds) => {
  const { root, session } = team;
  const join = oneOf("[data-spiegel-join]", root);
  const beside = join.dataset.beside || (join.dataset.beside = join.getAttribute("href"));
  const key = linkKey(session, allIds, team.principles.map((p) => p.id), team.itemIds);
  const here = location.protocol == "file:" || isLoopback(location.hostname);
  const published = here && publishedJoin(root);
  const href = published ? published + "?s=" + key : new URL(beside + "?s=" + key, location.href).href;
  join.textContent = join.href = href;
  oneOf("[data-spiegel-paper]", root).href = beside + "?papier=" + key;
  const reach = oneOf("[data-spiegel-reach]", root);
  const field = oneOf("input", reach);
  reach.hidden = !here;
  oneOf("[data-spiegel-reach-text]", reach).textContent = textOf(
    published ? "published" : location.protocol == "file:" ? "onDisk" : "onThisComputer",
    { address: published, host: location.host },
  );
  field.value = published ? published.replace(/spiegel\/meedoen\/$/, "") : "";
  reach.onsubmit = (event) => {
    event.preventDefault();
    let site = null;
    try {
      site = new URL(field.value.trim());
    } catch (error) {
      /* no address: as below */
    }
    const ok = !field.value.trim() || (site && /^https?:$/.test(site.protocol) && !isLoopback(site.hostname));
    oneOf("output", reach).textContent = ok ? "" : textOf("badAddress");
    if (!ok) return field.focus();
    changeSpiegel((record) => {
      // The site's address, or any page of it: up to spiegel/ or the page's file name.
      if (site) record.published = site.origin + site.pathname.replace(/(spiegel\/.*|[^/]*\.html?)$/, "").replace(/\/?$/, "/");
      else delete record.published;
    });
    showJoin(team, allIds);
  };
  drawQr(root, oneOf("[data-spiegel-join-qr]", root), href, textOf("joinQr"), "Byte");
};
