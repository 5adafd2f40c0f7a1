import { Div, Footnote, Group, Header, Text } from '@vkontakte/vkui';
import type { ChildrenSummary } from '../../../core/pages/supervisor-table';
import { countOf, formatPercent, REACTION_FORMS, VIEW_FORMS } from '../../../shared/format';

/** The set's figures in the methodology's own words. */
export function SummaryCard({ summary }: { summary: ChildrenSummary }) {
  return (
    <Group header={<Header subtitle="как в письмах регионального центра">Сводка по подведомственным</Header>}>
      <Div>
        <Text data-testid="summary-text">{summary.text}</Text>
        <Text>
          ER по всем страницам: <b data-testid="summary-er">{formatPercent(summary.er.percent)}</b>{' '}
          (выполнение {formatPercent(summary.er.achievement)}; {countOf(summary.er.reactions, REACTION_FORMS)}{' '}
          ÷ {countOf(summary.er.views, VIEW_FORMS)})
        </Text>
        <Text>
          Итоговый рейтинг: <b data-testid="summary-rating">{formatPercent(summary.rating.total)}</b>
        </Text>
        {summary.unavailable > 0 && (
          <Footnote>
            Недоступно страниц: {summary.unavailable}. Страница, выпавшая из выгрузки, считается не
            выполнившей показатель.
          </Footnote>
        )}
      </Div>
    </Group>
  );
}
