import { Div, Footnote, Group, Header, Text } from '@vkontakte/vkui';
import type { BestTimeResult, HeatCell } from '../../../core/history/best-time';
import { HeatMap, type HeatCellView } from '../../../shared/charts';
import { countOf, formatPercent } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { hourRange, POST_FORMS, slotText, WEEKDAYS, WEEKDAYS_SHORT } from '../text';
import { zoneName } from '../../../shared/time-zone-words';

/** After «не меньше»: «не меньше 2 постов», «не меньше 21 поста». */
const POSTS_GENITIVE = ['поста', 'постов', 'постов'] as const;
const HOURS_GENITIVE = ['часа', 'часов', 'часов'] as const;
const CELL_FORMS = ['ячейке', 'ячейках', 'ячейках'] as const;

const HOUR_LABELS = Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? String(h) : ''));

function cellTitle(cell: HeatCell): string {
  const slot = `${WEEKDAYS[cell.weekday]}, ${hourRange(cell.hour)}`;
  return cell.posts === 0
    ? `${slot}: постов нет`
    : `${slot}: ER ${formatPercent(cell.percent)} (${countOf(cell.posts, POST_FORMS)})`;
}

export function BestTimeSection({
  bestTime,
  timeZone,
  now,
}: {
  bestTime: BestTimeResult;
  timeZone: string;
  /** For the zone's name («московское время»). */
  now: number;
}) {
  const { rules } = bestTime;
  const rank = new Map(bestTime.best.map((cell, i) => [cell, i + 1]));
  const cells: HeatCellView[] = bestTime.cells.map((cell) => ({
    row: cell.weekday,
    column: cell.hour,
    value: cell.percent,
    title: cellTitle(cell),
    mark: rank.get(cell),
    data: {
      'data-er': cell.percent === null ? '' : cell.percent.toFixed(2),
      'data-posts': String(cell.posts),
      'data-slot': `${cell.weekday}-${cell.hour}`,
    },
  }));
  const filled = bestTime.cells.filter((cell) => cell.posts > 0);
  return (
    <Group
      header={
        <Header
          multiline
          subtitle={`ER собственных постов по дню недели и часу публикации; ${zoneName(now, timeZone)}`}
        >
          Лучшее время для публикаций
        </Header>
      }
    >
      <Div>
        <HeatMap
          rowLabels={WEEKDAYS_SHORT}
          columnLabels={HOUR_LABELS}
          cells={cells}
          ariaLabel={`Тепловая карта ER по дням недели и часам: ${countOf(bestTime.posts, POST_FORMS)} в ${countOf(filled.length, CELL_FORMS)}. Лучшее время: ${
            bestTime.best.length > 0 ? bestTime.best.map(slotText).join('; ') : 'не определены'
          }`}
          testId="heatmap"
          cellTestId="heatmap-cell"
        />
        <div className="chart__legend" aria-hidden>
          <span className="chart__legend-swatch chart__legend-swatch--empty" /> нет постов
          <span className="chart__legend-swatch" style={{ opacity: 0.3 }} /> ER ниже
          <span className="chart__legend-swatch" /> ER выше
        </div>
        {bestTime.tooFew ? (
          <div data-testid="heatmap-too-few" style={{ marginTop: 12 }}>
            <StatusMark tone="unknown">
              Слишком мало постов, чтобы советовать время: учтено {countOf(bestTime.posts, POST_FORMS)},
              часов, где их {rules.minPostsPerSlot} и больше, — {bestTime.qualifyingSlots}. Нужно не меньше{' '}
              {countOf(rules.minPosts, POSTS_GENITIVE)} и {countOf(rules.top, HOURS_GENITIVE)}, где их{' '}
              {rules.minPostsPerSlot} и больше.
            </StatusMark>
          </div>
        ) : (
          <>
            <Text weight="2" style={{ marginTop: 12 }}>
              Советуем публиковать
            </Text>
            <ol className="history-list">
              {bestTime.best.map((cell) => (
                <li
                  key={`${cell.weekday}-${cell.hour}`}
                  data-testid="best-slot"
                  data-er={cell.percent?.toFixed(2)}
                >
                  {slotText(cell)}
                </li>
              ))}
            </ol>
          </>
        )}
        <Footnote style={{ marginTop: 8 }}>
          Учтены собственные посты за три месяца старше {rules.minAgeDays} дней: свежие ещё набирают просмотры
          {bestTime.tooFresh > 0 ? ` (пока не учтено: ${bestTime.tooFresh})` : ''}. ER ячейки — сумма реакций
          ÷ сумма просмотров её постов. Советуем только часы, где не меньше{' '}
          {countOf(rules.minPostsPerSlot, POSTS_GENITIVE)}: один удачный пост — ещё не закономерность.
        </Footnote>
        <details style={{ marginTop: 8 }}>
          <summary>Значения ячеек</summary>
          <ul className="history-list" data-testid="heatmap-values">
            {filled.map((cell) => (
              <li key={`${cell.weekday}-${cell.hour}`}>{cellTitle(cell)}</li>
            ))}
          </ul>
        </details>
      </Div>
    </Group>
  );
}
