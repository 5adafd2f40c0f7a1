import { Group, Header, Link, MiniInfoCell, SimpleCell } from '@vkontakte/vkui';
import { postUrl } from '../../../core/wall';
import type { PostRef, QuizDefinition } from '../../../core/quiz';
import { formatText, windowText } from '../text';

/** The quiz as everyone sees it: title, prize, window, format, the post. */
export function QuizSummary({
  definition,
  postRef,
  timeZone,
}: {
  definition: QuizDefinition;
  postRef: PostRef | null;
  timeZone: string;
}) {
  return (
    <Group header={<Header multiline>Викторина</Header>} data-testid="quiz-summary">
      <SimpleCell multiline subtitle="Название" data-testid="quiz-summary-title">
        {definition.title}
      </SimpleCell>
      {definition.prize !== '' && (
        <SimpleCell multiline subtitle="Приз" data-testid="quiz-summary-prize">
          {definition.prize}
        </SimpleCell>
      )}
      <SimpleCell multiline subtitle="Когда" data-testid="quiz-summary-window">
        {windowText(definition, timeZone)}
      </SimpleCell>
      <SimpleCell multiline subtitle="Вопросы">
        {formatText(definition)}
      </SimpleCell>
      {postRef && (
        <MiniInfoCell textWrap="full">
          <Link href={postUrl(postRef)} target="_blank" rel="noreferrer" data-testid="quiz-post-url">
            Запись с викториной
          </Link>
        </MiniInfoCell>
      )}
    </Group>
  );
}
