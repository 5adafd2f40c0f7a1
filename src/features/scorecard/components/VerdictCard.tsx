// The first screen's answer: the page, its verdict as one word with its reasons, and the rating
// against its 100. «Что сделать сегодня» follows right under it, inside the first phone screen.
import { Icon28SettingsOutline } from '@vkontakte/icons';
import { Avatar, Div, Footnote, Group, IconButton, Text, Title } from '@vkontakte/vkui';
import type { DataFlag } from '../../../core/completeness';
import type { Scorecard } from '../../../core/scorecard';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import { formatPercent } from '../../../shared/format';
import { Meter } from '../../../shared/StatusMark';
import { reasonsLine, VERDICT_TONE, VERDICT_WORD, verdictNote } from '../../../shared/verdict-text';
import { VerdictIcon } from '../../../shared/VerdictMark';
import { CATEGORY_SHORT } from '../categoryText';

interface Props {
  card: Scorecard;
  ratingFlags: readonly DataFlag[];
  /** The monitoring-grade ER is being read: the figures may still move a little. */
  refining: boolean;
  onOpenSettings: () => void;
}

export function VerdictCard({ card, ratingFlags, refining, onOpenSettings }: Props) {
  const { page, verdict, rating } = card;
  const why = verdict.reasons.length > 0 ? reasonsLine(verdict.reasons) : verdictNote(card);
  return (
    <Group data-testid="page-verdict" data-status={verdict.status}>
      <div className="sc-verdict__page">
        <Avatar
          size={48}
          alt=""
          src={page.hasPhoto ? (page.photo ?? undefined) : undefined}
          initials={page.name.slice(0, 1)}
        />
        <div className="sc-verdict__name">
          <Title level="3" Component="h2" data-testid="page-name">
            {page.name}
          </Title>
          <Footnote className="sc-muted">{CATEGORY_SHORT[card.category]}</Footnote>
        </div>
        <IconButton
          label="Настройки страницы: категория и часовой пояс"
          onClick={onOpenSettings}
          data-testid="page-settings-open"
        >
          <Icon28SettingsOutline />
        </IconButton>
      </div>
      <Div>
        <div className={`sc-verdict__word sc-verdict__word--${VERDICT_TONE[verdict.status]}`}>
          <VerdictIcon status={verdict.status} />
          <span data-testid="verdict-word">{VERDICT_WORD[verdict.status]}</span>
        </div>
        {why && (
          <Text className="sc-verdict__why" data-testid="verdict-reasons">
            {why}
          </Text>
        )}
        <div className="sc-verdict__rating">
          <span className="sc-big-number" data-testid="rating-total">
            {formatPercent(rating.total)}
          </span>
          <Footnote className="sc-muted">рейтинг из 100 %, как считает мониторинг</Footnote>
        </div>
        <Meter value={rating.total} tone={VERDICT_TONE[verdict.status]} label="Рейтинг из 100 %" />
        <DataFlagMarks flags={ratingFlags} />
        {refining && (
          <Footnote className="sc-muted" data-testid="verdict-refining">
            Уточняем вовлечённость по методике мониторинга: цифры могут немного измениться…
          </Footnote>
        )}
      </Div>
    </Group>
  );
}
