/* De spiegel's record in this browser, beside the checklist's and through storage.js:
   `<site path>vertrouwenskompas.spiegel.v1` (README, "De spiegel"):
   {"version": 1,
    "sessions": {"<session>": {"p": [principle ids], "codes": {"<response>[.<n>]": "<code>"},
                               "leider": {"<item id>": "<scale>"}, "afspraken": "text"}},
    "meedoen": {"<session>": {"choice": "<hash>", "response": "<id>", "revision": <n>,
                              "sent": "<answers of the last code>", "answers": {...}}}}
   and the facilitator's settings "published" (the published site's address) and "quiet" (no
   beep). A record that cannot be read (or of a newer version) is left untouched: the session
   then works for this visit only. */

const SPIEGEL_RECORD = "vertrouwenskompas.spiegel.v1";
const spiegelStore = { writable: true };

const emptySpiegel = () => ({ version: 1, sessions: {}, meedoen: {} });

// The stored record (a fresh empty one when there is none or it cannot be used).
const readSpiegel = () => {
  try {
    const data = readSiteRecord(SPIEGEL_RECORD);
    if (data === null) return emptySpiegel();
    if (data.version === 1 && isPlainObject(data.sessions || {}) && isPlainObject(data.meedoen || {})) {
      return { ...emptySpiegel(), ...data };
    }
  } catch (error) {
    /* blocked or no JSON: as below */
  }
  spiegelStore.writable = false;
  return emptySpiegel();
};

// Changes the stored record (read afresh, so that another tab's sessions stay); false when
// it could not be saved. A record left empty is removed: nothing stays behind.
const changeSpiegel = (change) => {
  const record = readSpiegel();
  change(record);
  if (!spiegelStore.writable) return false;
  try {
    const empty = JSON.stringify(record) == JSON.stringify(emptySpiegel());
    writeSiteRecord(SPIEGEL_RECORD, empty ? null : record);
    return true;
  } catch (error) {
    return false;
  }
};
