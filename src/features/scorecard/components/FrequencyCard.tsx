import { Div, Group, Header, Text } from '@vkontakte/vkui';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import type { FrequencyPeriod, FrequencyResult } from '../../../core/frequency';
import { countOf, formatMonth } from '../../../shared/format';
import { StatusMark, type Tone } from '../../../shared/StatusMark';

const POSTS = ['пост', 'поста', 'постов'] as const;
const DAYS = ['день', 'дня', 'дней'] as const;

const STATUS: Record<FrequencyPeriod['status'], { tone: Tone; text: string }> = {
  met: { tone: 'ok', text: 'выполнено' },
  missed: { tone: 'bad', text: 'не выполнено' },
  'in-progress': { tone: 'pending', text: 'идёт' },
  upcoming: { tone: 'pending', text: 'впереди' },
  unavailable: { tone: 'bad', text: 'нет в выгрузке' },
  'not-assessed': { tone: 'unknown', text: 'не оценивается' },
};

/** The bars' colours, as the bars use them. */
const LEGEND = [
  { swatch: 'sc-bar__published--ok', text: 'выполнено' },
  { swatch: 'sc-bar__published--bad', text: 'не выполнено' },
  { swatch: 'sc-bar__published--risk', text: 'под угрозой' },
  { swatch: 'sc-bar__published', text: 'идёт по плану' },
  { swatch: 'sc-bar__scheduled', text: 'отложено (прогноз)' },
] as const;

/** The month's four periods as bars against the threshold, scheduled posts stacked as the forecast. */
export function FrequencyCard({
  frequency,
  flags = [],
}: {
  frequency: FrequencyResult;
  flags?: readonly DataFlag[];
}) {
  // Headroom above the tallest bar, so the threshold line never touches the count above it.
  const top =
    Math.max(frequency.threshold ?? 0, ...frequency.periods.map((p) => p.published + p.scheduled), 1) * 1.15;
  const scale = (n: number) => `${(n / top) * 100}%`;
  const subtitle =
    frequency.threshold === null
      ? 'визитка: частота публикаций не оценивается'
      : `порог: ${countOf(frequency.threshold, POSTS)} в каждый период`;
  return (
    <Group
      data-testid="frequency-card"
      header={<Header subtitle={subtitle}>Частота публикаций — {formatMonth(frequency.month)}</Header>}
    >
      {flags.length > 0 && (
        <Div>
          <DataFlagMarks flags={flags} />
        </Div>
      )}
      <div className="sc-bars" role="list" aria-label="Собственные посты по периодам">
        {frequency.periods.map((period) => {
          const atRisk = period.status === 'in-progress' && !period.forecastMet;
          const status = atRisk ? { tone: 'risk' as const, text: 'под угрозой' } : STATUS[period.status];
          const barTone =
            period.status === 'met' ? 'ok' : period.status === 'missed' ? 'bad' : atRisk ? 'risk' : '';
          return (
            <div className="sc-bar" role="listitem" key={period.index} data-testid={`period-${period.index}`}>
              <div className="sc-bar__count" data-testid={`period-count-${period.index}`}>
                {period.published}
              </div>
              <div className="sc-bar__track" aria-hidden>
                <div
                  className={`sc-bar__published sc-bar__published--${barTone}`}
                  style={{ height: scale(period.published) }}
                />
                {period.scheduled > 0 && (
                  <div className="sc-bar__scheduled" style={{ height: scale(period.scheduled) }} />
                )}
                {period.threshold !== null && (
                  <div className="sc-bar__threshold" style={{ bottom: scale(period.threshold) }} />
                )}
              </div>
              <div className="sc-bar__label">
                {period.firstDay}–{period.lastDay}
                <div>{period.scheduled > 0 ? `+${period.scheduled} отлож.` : ' '}</div>
              </div>
              <StatusMark tone={status.tone}>{status.text}</StatusMark>
            </div>
          );
        })}
      </div>
      <div className="sc-legend">
        {LEGEND.map(({ swatch, text }) => (
          <span key={text}>
            <span className={`sc-legend__swatch ${swatch}`} />
            {text}
          </span>
        ))}
        {frequency.threshold !== null && (
          <span>
            <span className="sc-legend__line" />
            порог
          </span>
        )}
        <span>Дни 29–31 не оцениваются</span>
      </div>
      <Div>
        {frequency.assessed && (
          <Text>
            {frequency.met ? (
              <StatusMark tone="ok">Показатель за месяц выполнен</StatusMark>
            ) : frequency.missedPeriods > 0 ? (
              <StatusMark tone="bad">
                Показатель за месяц не выполнен: пропущено периодов — {frequency.missedPeriods}
              </StatusMark>
            ) : frequency.forecastMet ? (
              <StatusMark tone="pending">С отложенными постами месяц будет выполнен</StatusMark>
            ) : (
              <StatusMark tone="pending">Месяц ещё идёт: выполняйте порог в каждом периоде</StatusMark>
            )}
          </Text>
        )}
        {frequency.gaps.length > 0 && (
          <div data-testid="gaps-warning">
            <StatusMark tone="bad">
              Длинные перерывы: {frequency.gaps.map((gap) => countOf(gap.days, DAYS)).join(', ')}. Публикуйте
              равномерно — залпы постов мониторинг считает ошибкой.
            </StatusMark>
          </div>
        )}
      </Div>
    </Group>
  );
}
