// Which post a giveaway or a quiz lives under: a pasted link, one of the page's latest posts, or
// "later" (the app prepares the text; the admin publishes it and binds the link afterwards).
import { parsePostRef, type PostRef } from '../core/wall';
import type { ErrorDescription } from './vk-error-text';

export type PostMode = 'link' | 'pick' | 'later';

export interface PostChoice {
  postMode: PostMode;
  postLink: string;
  pickedPost: PostRef | null;
}

/** The post the form points at: null when none is chosen yet (or the link does not parse). */
export function chosenPost(choice: PostChoice): PostRef | null {
  if (choice.postMode === 'link') return parsePostRef(choice.postLink);
  if (choice.postMode === 'pick') return choice.pickedPost;
  return null;
}

/** Inline error for the post link field while typing (nothing for an empty field). */
export function postLinkError(link: string): string | undefined {
  if (link.trim() === '' || parsePostRef(link) !== null) return undefined;
  return 'Это не ссылка на запись. Откройте запись ВКонтакте и скопируйте адрес: vk.com/wall-123_45.';
}

/**
 * The form's error for its post on submit: an empty or broken link, or nothing picked.
 * @param laterLabel the "later" option's label, offered in the hint for an empty link
 */
export function postChoiceError(choice: PostChoice, laterLabel: string): string | undefined {
  if (chosenPost(choice) !== null || choice.postMode === 'later') return undefined;
  if (choice.postMode === 'pick') return 'Выберите запись из списка.';
  return choice.postLink.trim() === ''
    ? `Вставьте ссылку на запись или выберите «${laterLabel}».`
    : postLinkError(choice.postLink);
}

/** What VK said of the chosen post, worded alike for a giveaway and a quiz. */
export const CHOSEN_POST_ERRORS = {
  notFound: {
    title: 'Запись не найдена',
    action: 'Проверьте ссылку: запись должна быть опубликована на стене сообщества.',
  },
  notOwn: {
    title: 'Это запись другой стены',
    action: 'Выберите запись, опубликованную на стене этого сообщества.',
  },
} as const satisfies Record<string, ErrorDescription>;
