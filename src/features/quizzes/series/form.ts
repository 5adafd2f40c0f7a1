// A comment-quiz question as the admin fills it in: the question post (a link or one of the recent
// posts) and the accepted answers, one per line. Pure, like the quiz builder's form.
import { parsePostRef, postRefParts, type PostRef } from '../../../core/wall';
import type { CommentQuestion } from '../../../core/quiz';

export interface SeriesQuestionForm {
  key: number;
  postMode: 'link' | 'pick';
  postLink: string;
  pickedPost: PostRef | null;
  /** Accepted answers, one per line. */
  answers: string;
}

export function emptySeriesQuestion(key: number): SeriesQuestionForm {
  return { key, postMode: 'link', postLink: '', pickedPost: null, answers: '' };
}

export interface SeriesQuestionErrors {
  post?: string;
  answers?: string;
}

export type SeriesQuestionCheck =
  { ok: true; question: CommentQuestion } | { ok: false; errors: SeriesQuestionErrors };

export function checkSeriesQuestion(form: SeriesQuestionForm, groupId: number): SeriesQuestionCheck {
  const errors: SeriesQuestionErrors = {};
  const postRef = form.postMode === 'link' ? parsePostRef(form.postLink) : form.pickedPost;
  if (postRef === null) {
    errors.post =
      form.postMode === 'pick'
        ? 'Выберите запись из списка.'
        : form.postLink.trim() === ''
          ? 'Вставьте ссылку на запись с вопросом.'
          : 'Это не ссылка на запись: нужна вида vk.com/wall-123_45.';
  } else if (postRefParts(postRef).ownerId !== -groupId) {
    errors.post = 'Это запись другой стены: нужна запись этого сообщества.';
  }
  const answers = form.answers
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (answers.length === 0) errors.answers = 'Напишите хотя бы один правильный ответ.';
  if (errors.post || errors.answers || postRef === null) return { ok: false, errors };
  return { ok: true, question: { postRef, answers } };
}
