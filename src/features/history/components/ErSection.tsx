import { Div, Footnote, Group, Header } from '@vkontakte/vkui';
import type { MonthEr } from '../../../core/history/er-by-month';
import { BarChart, type BarGroup, type BarTone } from '../../../shared/charts';
import { countOf, formatInt, formatPercent, REACTION_FORMS, VIEW_FORMS } from '../../../shared/format';
import { monthShort, monthTitle, POST_FORMS } from '../text';

function monthText(er: MonthEr, partial: boolean): string {
  const base = `${monthTitle(er.month)}${partial ? ' (идёт)' : ''}: ${formatPercent(er.percent)}`;
  if (er.percent === null)
    return `${base} — ${er.posts === 0 ? 'нет постов с просмотрами' : 'нет просмотров'}`;
  const without = er.postsWithoutViews > 0 ? `; без просмотров не учтено: ${er.postsWithoutViews}` : '';
  return `${base} (${countOf(er.posts, POST_FORMS)}: ${countOf(er.reactions, REACTION_FORMS)} ÷ ${countOf(er.views, VIEW_FORMS)}${without})`;
}

/** The running month below the target is still open: blue, not red. */
function toneOf(er: MonthEr, target: number, current: boolean): BarTone {
  if (er.percent === null) return 'future';
  if (er.percent >= target) return 'good';
  return current ? 'pending' : 'bad';
}

export function ErSection({ er, currentMonth }: { er: MonthEr[]; currentMonth: string }) {
  const target = er[0]?.targetPercent ?? 3;
  const groups: BarGroup[] = er.map((month) => ({
    label: monthShort(month.month),
    bars: [
      {
        key: month.month,
        label: month.month === currentMonth ? 'идёт' : '',
        value: month.percent,
        tone: toneOf(month, target, month.month === currentMonth),
        valueText: month.percent === null ? undefined : formatPercent(month.percent),
        title: monthText(month, month.month === currentMonth),
      },
    ],
  }));
  const lines = er.map((month) => monthText(month, month.month === currentMonth));
  return (
    <Group
      header={
        <Header
          multiline
          subtitle={`Реакции ÷ просмотры собственных постов месяца; цель — ${formatInt(target)}\u00a0%`}
        >
          Вовлечённость (ER) по месяцам
        </Header>
      }
    >
      <Div data-testid="history-er">
        <BarChart
          groups={groups}
          target={{ value: target, label: `цель ${formatInt(target)}\u00a0%` }}
          ariaLabel={`Вовлечённость (ER) по месяцам. ${lines.join('. ')}`}
          barWidth={56}
        />
        <ul className="history-list">
          {lines.map((line, i) => (
            <li key={er[i]?.month} data-testid="history-er-month" data-er={er[i]?.percent ?? ''}>
              {line}
            </li>
          ))}
        </ul>
        <Footnote>
          Посты, для которых ВКонтакте не сообщил просмотры, не входят ни в реакции, ни в просмотры.
        </Footnote>
      </Div>
    </Group>
  );
}
