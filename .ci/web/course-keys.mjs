// Takes the staff course with the keyboard alone, as a person without a mouse would:
// Tab to each question's options, the arrow keys (or Space) to choose, Tab to «Svar»,
// Enter. Which option is right comes from the routine file itself, not from the page:
// a self-check question is found by its text, a case by its title.

// The right options of the question a form asks, from the routine file.
export function rightOptions(routine, form) {
  if (form.caseTitle !== null) {
    const found = routine.cases.find((c) => form.caseTitle.endsWith(c.title));
    if (!found) throw new Error(`no case in the routine for «${form.caseTitle}»`);
    return [routine.levels.findIndex((l) => l.level === found.level)];
  }
  const question = routine.self_check.find((q) => q.question === form.text);
  if (!question) throw new Error(`no self-check question in the routine for «${form.text}»`);
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

// What each form of the page asks.
export function forms(target) {
  return target.evaluate(() =>
    [...document.querySelectorAll("form.question")].map((f) => ({
      caseTitle: f.querySelector(".case strong")?.textContent ?? null,
      text: f.querySelector(".question-text").textContent,
      options: [...f.querySelectorAll("label")].map((l) => l.textContent),
    })),
  );
}

// Answers every question in order with the keyboard of `page`, in `target` (the page or
// the frame holding the course). `pick(right, count, index)` chooses the option.
// Returns, for each question, whether the page said the answer was right.
export async function answerAll(page, target, routine, pick) {
  const asked = await forms(target);
  const verdicts = [];
  for (let i = 0; i < asked.length; i += 1) {
    const right = rightOptions(routine, asked[i]);
    const choice = pick(right, asked[i].options.length, i);
    let presses = 0;
    const onRadio = () =>
      target.evaluate((i) => {
        const active = document.activeElement;
        return active?.type === "radio" && active.form === document.querySelectorAll("form.question")[i];
      }, i);
    while (!(await onRadio())) {
      await page.keyboard.press("Tab");
      presses += 1;
      if (presses > 400) throw new Error(`question ${i + 1}: Tab never reached its options`);
    }
    if (choice === 0) await page.keyboard.press("Space");
    for (let k = 0; k < choice; k += 1) await page.keyboard.press("ArrowDown");
    const checked = await target.evaluate(
      (i) => [...document.querySelectorAll("form.question")[i].querySelectorAll("input")].findIndex((r) => r.checked),
      i,
    );
    if (checked !== choice) throw new Error(`question ${i + 1}: option ${checked + 1} is chosen, not ${choice + 1}`);
    await page.keyboard.press("Tab");
    const onButton = await target.evaluate(() => document.activeElement?.classList.contains("answer-button"));
    if (!onButton) throw new Error(`question ${i + 1}: Tab from the options does not reach «Svar»`);
    await page.keyboard.press("Enter");
    const after = await target.evaluate((i) => {
      const form = document.querySelectorAll("form.question")[i];
      const feedback = form.querySelector(".feedback");
      return {
        focused: document.activeElement === feedback,
        shown: !feedback.hidden && feedback.getBoundingClientRect().height > 0,
        verdict: feedback.getAttribute("data-verdict"),
        disabled: form.querySelector("fieldset").disabled,
      };
    }, i);
    if (!after.focused || !after.shown || !after.disabled) {
      throw new Error(`question ${i + 1}: after Enter the answer is not shown and focused (${JSON.stringify(after)})`);
    }
    const expected = right.includes(choice) ? "right" : "wrong";
    if (after.verdict !== expected) throw new Error(`question ${i + 1}: the page says ${after.verdict}, the routine ${expected}`);
    verdicts.push(after.verdict === "right");
  }
  return verdicts;
}

// Always the right option, or always a wrong one.
export const allRight = (right) => right[0];
export const allWrong = (right, count) => [...Array(count).keys()].find((i) => !right.includes(i));
