import { Group, Header, Link, MiniInfoCell, SimpleCell } from '@vkontakte/vkui';
import { conditionsText, type GiveawayTerms, type PostRef } from '../../../core/giveaway';
import { postUrl } from '../../../core/wall';
import { countOf, formatDateTime } from '../../../shared/format';

const WINNERS = ['победитель', 'победителя', 'победителей'] as const;

/** The giveaway's terms as everyone sees them: prize, draw time, winners, conditions. */
export function TermsSummary({
  terms,
  postRef,
  timeZone,
}: {
  terms: GiveawayTerms;
  postRef: PostRef | null;
  timeZone: string;
}) {
  const lines = conditionsText(terms.conditions);
  return (
    <Group header={<Header multiline>Условия</Header>} data-testid="giveaway-terms">
      <SimpleCell multiline subtitle="Приз" data-testid="giveaway-terms-prize">
        {terms.prize}
      </SimpleCell>
      <SimpleCell multiline subtitle="Итоги">
        {formatDateTime(terms.drawAt, timeZone)} · {countOf(terms.winners, WINNERS)}
        {terms.reserves > 0 ? `, в резерве ${terms.reserves}` : ''}
      </SimpleCell>
      {lines.map((line, i) => (
        <MiniInfoCell key={i} textWrap="full">
          {i + 1}. {line}
        </MiniInfoCell>
      ))}
      {postRef && (
        <MiniInfoCell textWrap="full">
          <Link href={postUrl(postRef)} target="_blank" rel="noreferrer">
            Запись с розыгрышем
          </Link>
        </MiniInfoCell>
      )}
    </Group>
  );
}
