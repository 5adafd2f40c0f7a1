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
  'in-progress': { tone: 'pending', text: 'идёт сейчас' },
  upcoming: { tone: 'pending', text: 'впереди' },
  unavailable: { tone: 'bad', text: 'нет в выгрузке' },
  'not-assessed': { tone: 'unknown', text: 'не оценивается' },
};

/** The month's four periods as bars against the threshold, scheduled posts stacked as the forecast. */
export function FrequencyCard({
  frequency,
  flags = [],
}: {
  frequency: FrequencyResult;
  flags?: readonly DataFlag[];
}) {
  const top = Math.max(
    frequency.threshold ?? 0,
    ...frequency.periods.map((p) => p.published + p.scheduled),
    1,
  );
  const scale = (n: number) => `${(n / top) * 100}%`;
  const subtitle =
    frequency.threshold === null
      ? 'визитка: частота публикаций не оценивается'
      : `порог: ${countOf(frequency.threshold, POSTS)} в каждый период`;
  return (
    <Group header={<Header subtitle={subtitle}>Частота публикаций — {formatMonth(frequency.month)}</Header>}>
      {flags.length > 0 && (
        <Div>
          <DataFlagMarks flags={flags} />
        </Div>
      )}
      <div className="sc-bars" role="list" aria-label="Собственные посты по периодам">
        {frequency.periods.map((period) => {
          const status = STATUS[period.status];
          const barTone = period.status === 'met' ? 'ok' : period.status === 'missed' ? 'bad' : '';
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
                {period.scheduled > 0 && <div>+{period.scheduled} отлож.</div>}
              </div>
              <StatusMark tone={status.tone}>{status.text}</StatusMark>
            </div>
          );
        })}
      </div>
      <div className="sc-legend">
        <span>
          <span className="sc-legend__swatch" style={{ background: 'var(--vkui--color_accent_blue)' }} />
          опубликовано
        </span>
        <span>
          <span className="sc-legend__swatch sc-bar__scheduled" />
          отложено (прогноз)
        </span>
        {frequency.threshold !== null && <span>- - - порог</span>}
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
