import { Div, Footnote, Group, Header } from '@vkontakte/vkui';
import type { FrequencyPeriod, PeriodStatus } from '../../../core/frequency';
import type { MonthPeriods } from '../../../core/history/periods';
import { BarChart, type BarGroup, type BarTone } from '../../../shared/charts';
import { countOf, formatDayMonth } from '../../../shared/format';
import { monthShort, monthTitle, PERIOD_STATUS_TEXT, POST_FORMS } from '../text';

const PERIOD_FORMS = ['период', 'периода', 'периодов'] as const;

const TONES: Record<PeriodStatus, BarTone> = {
  met: 'good',
  missed: 'bad',
  unavailable: 'bad',
  'in-progress': 'pending',
  upcoming: 'future',
  'not-assessed': 'pending',
};

function periodTitle(month: string, period: FrequencyPeriod): string {
  const span = `${formatDayMonth(period.firstDate)} – ${formatDayMonth(period.deadline)}`;
  if (period.status === 'upcoming')
    return `${monthTitle(month)}, период ${period.index} (${span}): ещё не наступил`;
  const threshold = period.threshold === null ? '' : `, порог ${period.threshold}`;
  return `${monthTitle(month)}, период ${period.index} (${span}): ${countOf(period.published, POST_FORMS)}${threshold} — ${PERIOD_STATUS_TEXT[period.status]}`;
}

function monthSummary({ month, frequency, partial }: MonthPeriods): string {
  const counts = frequency.periods
    .filter((p) => p.status !== 'upcoming')
    .map((p) => String(p.published))
    .join(' · ');
  const upcoming = frequency.periods.filter((p) => p.status === 'upcoming').length;
  const title = `${monthTitle(month)}${partial ? ' (идёт)' : ''}`;
  const ahead = upcoming > 0 ? `; впереди ещё ${countOf(upcoming, PERIOD_FORMS)}` : '';
  if (!frequency.assessed) return `${title}: ${counts} (частота не оценивается)`;
  const met = frequency.periods.filter((p) => p.status === 'met').length;
  return `${title}: ${counts} — выполнено ${met} из 4${ahead}`;
}

export function PeriodsSection({ periods }: { periods: MonthPeriods[] }) {
  const threshold = periods[0]?.frequency.threshold ?? null;
  const groups: BarGroup[] = periods.map(({ month, frequency, partial }) => ({
    label: partial ? `${monthShort(month)} (идёт)` : monthShort(month),
    bars: frequency.periods.map((period) => ({
      key: `${month}-${period.index}`,
      label: String(period.index),
      value: period.status === 'upcoming' ? null : period.published,
      tone: TONES[period.status],
      title: periodTitle(month, period),
    })),
  }));
  const summaries = periods.map(monthSummary);
  return (
    <Group
      header={
        <Header
          multiline
          subtitle={
            threshold === null
              ? 'Визитка: частота не оценивается'
              : `Порог: ${countOf(threshold, POST_FORMS)} в каждый период: дни 1–7, 8–14, 15–21 и\u00a022–28`
          }
        >
          Публикации по периодам
        </Header>
      }
    >
      <Div>
        <BarChart
          groups={groups}
          target={threshold === null ? undefined : { value: threshold, label: `порог ${threshold}` }}
          ariaLabel={`Собственные посты по периодам. ${summaries.join('. ')}`}
          testId="history-periods"
          barTestId="history-period-bar"
        />
        <ul className="history-list">
          {summaries.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <Footnote>
          Зелёный — порог выполнен, красный — нет, синий — период идёт, пунктир — ещё не наступил. Дни 29–31
          не оцениваются.
        </Footnote>
      </Div>
    </Group>
  );
}
