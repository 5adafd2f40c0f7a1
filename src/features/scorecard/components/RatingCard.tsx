import { Div, Footnote, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import type { RatingComponentId, RatingResult } from '../../../core/rating';
import { formatNumber, formatPercent } from '../../../shared/format';
import { Meter } from '../../../shared/StatusMark';

const NAMES: Record<RatingComponentId, string> = {
  frequency: 'Частота публикаций',
  er: 'Вовлечённость (ER)',
  reach: 'Охват аудитории',
};

const STATUS_NOTE = {
  scored: '',
  'no-data': 'нет данных — не учитывается',
  'not-assessed': 'не оценивается',
} as const;

export function RatingCard({ rating, flags = [] }: { rating: RatingResult; flags?: readonly DataFlag[] }) {
  return (
    <Group
      data-testid="rating-card"
      header={<Header subtitle="как в мониторинге: 50% частота, 30% ER, 20% охват">Итоговый рейтинг</Header>}
    >
      <Div>
        <div className="sc-big-number" data-testid="rating-total">
          {formatPercent(rating.total)}
        </div>
        <Meter
          value={rating.total}
          tone={rating.total !== null && rating.total >= 80 ? 'ok' : 'bad'}
          label="Рейтинг"
        />
        <DataFlagMarks flags={flags} />
        {!rating.complete && (
          <Footnote>Часть показателей без данных: вес перераспределён на остальные.</Footnote>
        )}
      </Div>
      {rating.components.map((component) => (
        <SimpleCell
          key={component.id}
          multiline
          subtitle={
            component.status === 'scored'
              ? `${formatPercent(component.score)} × ${Math.round(component.effectiveWeight * 100)}% = ${formatPercent(component.points)}`
              : STATUS_NOTE[component.status]
          }
          data-testid={`rating-${component.id}`}
        >
          {NAMES[component.id]} (вес {Math.round(component.weight * 100)}%)
        </SimpleCell>
      ))}
      <SimpleCell
        multiline
        subtitle={`${rating.deduction.count} × ${rating.deduction.perRequirement} = ${rating.deduction.points === 0 ? '0' : `−${formatNumber(rating.deduction.points)}`} (размер вычета — допущение, в методике не опубликован)`}
      >
        Минимальные требования
      </SimpleCell>
    </Group>
  );
}
