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

// Typing in an answer field: keep the text (blank removes it), save after a pause.
const onAnswerInput = (field) => {
  const bucket = field.hasAttribute("data-answer") && answerBucketOf(field);
  if (!bucket) return;
  putEntry(storage.record.answers, bucket, field.getAttribute("data-answer"), field.value.trim() && field.value);
  saveSoon();
};
