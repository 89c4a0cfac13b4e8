/* Answers to reflection questions: textarea[data-answer] fields inside [data-reflection], and
   the stored answers shown as text in [data-answers] (Mijn checklist). User text is only ever
   set as textContent or value, never as HTML. */

const renderAnswers = () => {
  allOf("[data-answer]").forEach((field) => {
    if (field === document.activeElement) return; // never overwrite what is being typed
    field.value = (storage.record.answers[answerBucketOf(field)] || {})[field.getAttribute("data-answer")] || "";
  });
  allOf("[data-answers]").forEach((box) => {
    const answers = storage.record.answers[box.getAttribute("data-answers")] || {};
    let anyAnswer = false;
    allOf("[data-question]", box).forEach((question) => {
      const answer = answers[question.getAttribute("data-question")] || "";
      question.querySelector("dd").textContent = answer;
      question.hidden = !answer;
      anyAnswer = anyAnswer || !!answer;
    });
    box.hidden = !anyAnswer;
  });
};

// Typing in an answer field: keep the text (blank removes it) and when it changed (so that
// merging a transfer from another device keeps the newer answer), save after a pause.
const onAnswerInput = (field) => {
  const bucket = field.hasAttribute("data-answer") && answerBucketOf(field);
  if (!bucket) return;
  const id = field.getAttribute("data-answer");
  const text = field.value.trim() && field.value;
  const record = storage.record;
  putEntry(record.answers, bucket, id, text);
  putEntry(record.answered || (record.answered = emptyMap()), bucket, id, text && new Date().toISOString());
  if (!Object.keys(record.answered).length) delete record.answered;
  saveSoon();
};
