// How the rating is made: each component with the weight it really has (rescaled when one is not
// assessed or has no data), and the deduction written out («−5 × 3 = −15»).
import { Group, Header, SimpleCell } from '@vkontakte/vkui';
import type { RatingComponent, RatingComponentId, RatingResult } from '../../../core/rating';
import { formatNumber, formatPercent } from '../../../shared/format';

const NAMES: Record<RatingComponentId, string> = {
  frequency: 'Частота публикаций',
  er: 'Вовлечённость (ER)',
  reach: 'Охват аудитории',
};

const LEFT_OUT = {
  scored: '',
  'no-data': 'нет данных — не учитывается, его вес отдан остальным',
  'not-assessed': 'у визитки не оценивается — его вес отдан остальным',
} as const;

export function RatingCard({ rating }: { rating: RatingResult }) {
  const rescaled = rating.components.some((c) => Math.abs(c.effectiveWeight - c.weight) > 0.00005);
  return (
    <Group
      data-testid="rating-card"
      header={
        <Header
          subtitle={
            rescaled
              ? 'веса пересчитаны на показатели, которые учитываются'
              : `как в мониторинге: ${rating.components.map((c) => `${NAMES[c.id].toLowerCase()} ${percentOfWeight(c.weight)}`).join(', ')}`
          }
          subtitleComponent="p"
          multiline
        >
          Из чего складывается рейтинг
        </Header>
      }
    >
      {rating.components.map((component) => (
        <SimpleCell
          key={component.id}
          multiline
          subtitle={componentLine(component)}
          data-testid={`rating-${component.id}`}
        >
          {NAMES[component.id]}
          {component.counted ? ` — вес ${percentOfWeight(component.effectiveWeight)}` : ''}
        </SimpleCell>
      ))}
      <SimpleCell multiline subtitle={deductionLine(rating)} data-testid="rating-deduction">
        Минимальные требования
      </SimpleCell>
      <SimpleCell multiline subtitle="Сумма, минус вычет; не меньше 0 и не больше 100">
        Итого: {formatPercent(rating.total)}
      </SimpleCell>
    </Group>
  );
}

function componentLine(c: RatingComponent): string {
  // Frequency has no data only while no period of the month has ended yet.
  if (c.id === 'frequency' && c.status === 'no-data')
    return 'ни один период месяца ещё не закончился: пока не учитывается, его вес отдан остальным';
  if (!c.counted) return c.status === 'scored' ? 'не учитывается' : LEFT_OUT[c.status];
  return `выполнение ${formatPercent(c.score)} × ${percentOfWeight(c.effectiveWeight)} = ${formatNumber(c.points)} из ${formatNumber(Math.round(c.effectiveWeight * 10_000) / 100)}`;
}

function deductionLine(rating: RatingResult): string {
  const { count, perRequirement, points } = rating.deduction;
  if (count === 0) return 'ничего не вычтено';
  // The size of the deduction is not published: ours is an assumption, said so.
  return `−${formatNumber(perRequirement)} × ${formatNumber(count)} = −${formatNumber(points)} (размер вычета в методике не опубликован, это наше допущение)`;
}

/** 0.6 → «60 %», 0.3333 → «33,33 %». */
function percentOfWeight(weight: number): string {
  return `${formatNumber(Math.round(weight * 10_000) / 100)}\u00a0%`;
}
