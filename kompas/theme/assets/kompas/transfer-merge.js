/* Transfer to another device, on arrival: what a received record holds beside this device's,
   and the two ways to take it in. Merge: a tick on either device stays ticked; per answer
   the newer one (by the time it was written; an answer without a time, written before the
   site kept times, counts as older than one with; equal times or none: this device's);
   snapshots joined, one per moment. Replace: the received ticks, answers and snapshots (a
   transfer of ticks only replaces only the ticks). Both keep this device's own bookkeeping
   (last export, dismissed reminder, transfers received). Pure functions: nothing is stored
   until the visitor chooses (transfer-receive.js). */

const countIn = (buckets) => Object.values(buckets).reduce((sum, bucket) => sum + Object.keys(bucket).length, 0);

const timeOf = (record, principle, id) => {
  const time = record.answered && record.answered[principle] && record.answered[principle][id];
  return time ? Date.parse(time) : -Infinity;
};

// What a record holds: ticks, answers, snapshots, and when its newest answer was written.
const recordSummary = (record) => {
  const times = Object.values(record.answered || {}).flatMap((bucket) => Object.values(bucket).map(Date.parse));
  return {
    ticks: countIn(record.ticks),
    answers: countIn(record.answers),
    snapshots: record.snapshots.length,
    newest: times.length ? new Date(Math.max(...times)).toISOString() : "",
  };
};

// The merge of a received record into this device's: { record, differing } (answers that
// are on both devices with different texts).
const mergeRecords = (here, received) => {
  const merged = Object.assign({}, here, {
    ticks: copyBuckets(here.ticks),
    answers: copyBuckets(here.answers),
    answered: copyBuckets(here.answered || {}),
    snapshots: here.snapshots.slice(),
  });
  Object.keys(received.ticks).forEach((principle) => {
    Object.keys(received.ticks[principle]).forEach((id) => putEntry(merged.ticks, principle, id, true));
  });
  let differing = 0;
  Object.keys(received.answers).forEach((principle) => {
    Object.keys(received.answers[principle]).forEach((id) => {
      const theirs = received.answers[principle][id];
      const mine = (here.answers[principle] || {})[id];
      const newer = timeOf(received, principle, id) > timeOf(here, principle, id);
      if (mine !== undefined && mine !== theirs) differing++;
      if (mine === undefined || newer) {
        if (mine !== theirs) putEntry(merged.answers, principle, id, theirs);
        putEntry(merged.answered, principle, id, (received.answered && received.answered[principle] || {})[id]);
      }
    });
  });
  if (!Object.keys(merged.answered).length) delete merged.answered;
  const moments = new Set(here.snapshots.map((snapshot) => Date.parse(snapshot.taken)));
  received.snapshots.forEach((snapshot) => {
    if (moments.has(Date.parse(snapshot.taken))) return;
    moments.add(Date.parse(snapshot.taken));
    merged.snapshots.push(snapshot);
  });
  merged.snapshots.sort((first, second) => Date.parse(first.taken) - Date.parse(second.taken));
  return { record: merged, differing };
};

// This device's record with the received ticks (and, unless ticks only, answers and snapshots).
const replaceRecord = (here, received, ticksOnly) => {
  const replaced = Object.assign({}, here, { ticks: copyBuckets(received.ticks) });
  if (ticksOnly) return replaced;
  replaced.answers = copyBuckets(received.answers);
  replaced.snapshots = received.snapshots.slice();
  if (received.answered) replaced.answered = copyBuckets(received.answered);
  else delete replaced.answered;
  return replaced;
};
