// The words of «Ответы подписчикам» (the numbers are the core's, src/core/replies).
import { COMMENT_FORMS, countOf } from '../../shared/format';

/** «Ждут ответа: 3 комментария» / «Все комментарии получили ответ». */
export function waitingHeadline(unanswered: number): string {
  return unanswered === 0
    ? 'Все комментарии получили ответ'
    : `Ждут ответа: ${countOf(unanswered, COMMENT_FORMS)}`;
}
