// The quiz builder's values and their validation: pure, so every message is tested without a
// screen. The core's validateDefinition has the last word on the definition; its messages are placed
// next to the field they name, and what names no field is shown above the submit button.
import { validateDefinition, type QuizDefinition } from '../../core/quiz';
import type { QuizDraft } from '../../data/quiz';
import { localInputToUnix } from '../../shared/local-time';
import { chosenPost, postChoiceError, type PostChoice } from '../../shared/post-choice';

export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 6;
export const QUESTIONS_MAX = 30;
export const DEFAULT_SECONDS = 30;

export interface QuestionForm {
  /** Stable React key: questions move up and down. */
  key: number;
  text: string;
  options: string[];
  /** The correct option's index; null until the admin marks one. */
  correct: number | null;
  photo: string | null;
}

export interface QuizForm extends PostChoice {
  title: string;
  prize: string;
  questions: QuestionForm[];
  /** As typed: whole seconds per question. */
  seconds: string;
  /** datetime-local values, read in the page's time zone. */
  opensAt: string;
  closesAt: string;
}

export interface FormErrors {
  title?: string;
  prize?: string;
  /** About the questions as a whole (how many). */
  questions?: string;
  /** By question index. */
  question?: Record<number, string>;
  seconds?: string;
  opensAt?: string;
  closesAt?: string;
  post?: string;
  /** Problems that name no field. */
  other?: string[];
}

export function emptyQuestion(key: number): QuestionForm {
  return { key, text: '', options: ['', ''], correct: null, photo: null };
}

export function emptyForm(opensAt: string, closesAt: string): QuizForm {
  return {
    title: '',
    prize: '',
    questions: [emptyQuestion(0)],
    seconds: String(DEFAULT_SECONDS),
    opensAt,
    closesAt,
    postMode: 'later',
    postLink: '',
    pickedPost: null,
  };
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.values(errors).some((value) =>
    Array.isArray(value)
      ? value.length > 0
      : typeof value === 'object'
        ? Object.keys(value).length > 0
        : !!value,
  );
}

export type FormCheck = { ok: true; draft: QuizDraft } | { ok: false; errors: FormErrors };

export function checkQuizForm(
  form: QuizForm,
  context: { now: number; timeZone: string; groupId: number },
): FormCheck {
  const errors: FormErrors = {};
  const question: Record<number, string[]> = {};
  const addQuestion = (i: number, message: string) => (question[i] ??= []).push(message);

  const seconds = /^\d{1,4}$/.test(form.seconds.trim()) ? Number(form.seconds.trim()) : null;
  if (seconds === null) errors.seconds = 'Целое число секунд, например 30.';
  const opensAt = localInputToUnix(form.opensAt, context.timeZone);
  if (opensAt === null) errors.opensAt = 'Укажите дату и время начала.';
  const closesAt = localInputToUnix(form.closesAt, context.timeZone);
  if (closesAt === null) errors.closesAt = 'Укажите дату и время окончания.';
  else if (closesAt <= context.now) errors.closesAt = 'Это время уже прошло: выберите окончание в будущем.';

  form.questions.forEach((q, i) => {
    if (q.correct === null || q.correct < 0 || q.correct >= q.options.length)
      addQuestion(i, 'Отметьте правильный ответ.');
  });

  const postRef = chosenPost(form);
  const postError = postChoiceError(form, 'Сначала подготовить запись');
  if (postError) errors.post = postError;

  const definition: QuizDefinition = {
    id: 'form-check',
    groupId: context.groupId,
    title: form.title.trim(),
    prize: form.prize.trim(),
    questions: form.questions.map((q) => ({
      text: q.text.trim(),
      options: q.options.map((o) => o.trim()),
      photo: q.photo,
    })),
    secondsPerQuestion: seconds ?? 0,
    opensAt: opensAt ?? 0,
    closesAt: closesAt ?? 0,
    publicKey: '',
  };
  for (const problem of validateDefinition(definition)) {
    const field = fieldOf(problem);
    if (typeof field === 'number') addQuestion(field, sentence(problem.replace(QUESTION_PREFIX, '')));
    else if (field === 'other') (errors.other ??= []).push(sentence(problem));
    // The form's own message about a field says it better (e.g. a time that does not parse).
    else if (errors[field] === undefined) errors[field] = sentence(problem);
    else if (!sameParse(field, { seconds, opensAt, closesAt }))
      errors[field] = `${errors[field]} ${sentence(problem)}`;
  }
  const byQuestion = Object.entries(question);
  if (byQuestion.length > 0)
    errors.question = Object.fromEntries(byQuestion.map(([i, list]) => [Number(i), list.join(' ')]));

  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      title: definition.title,
      prize: definition.prize,
      questions: definition.questions.map((q, i) => ({ ...q, correct: form.questions[i]!.correct! })),
      secondsPerQuestion: seconds!,
      opensAt: opensAt!,
      closesAt: closesAt!,
      postRef,
    },
  };
}

/** «Вопрос 3: » / «Вопрос 3, » — said by the place the message is shown at. */
const QUESTION_PREFIX = /^\s*вопрос\s+\d+\s*[:,]?\s*/i;

/** A message as a sentence: capital first letter, a full stop at the end. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

type Field = 'title' | 'prize' | 'questions' | 'seconds' | 'opensAt' | 'closesAt' | 'other';

/** The field a core message is about: «Вопрос 3: …» → question index 2, «Название…» → title. */
export function fieldOf(problem: string): Field | number {
  const numbered = /^\s*вопрос\s+(\d+)/i.exec(problem);
  if (numbered) return Number(numbered[1]) - 1;
  if (/назван/i.test(problem)) return 'title';
  if (/приз/i.test(problem)) return 'prize';
  if (/секунд|время на (каждый )?вопрос/i.test(problem)) return 'seconds';
  if (/вопрос/i.test(problem)) return 'questions';
  if (/оконч|законч|закры|конец|позже/i.test(problem)) return 'closesAt';
  if (/начал|откры|старт/i.test(problem)) return 'opensAt';
  return 'other';
}

/** True when the field did not parse: the core then judged a placeholder, not the admin's value. */
function sameParse(
  field: Exclude<Field, 'other'>,
  parsed: { seconds: number | null; opensAt: number | null; closesAt: number | null },
): boolean {
  if (field === 'seconds') return parsed.seconds === null;
  if (field === 'opensAt') return parsed.opensAt === null;
  if (field === 'closesAt') return parsed.closesAt === null;
  return false;
}
