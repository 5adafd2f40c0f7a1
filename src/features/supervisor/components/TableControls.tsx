// The table's filter by verdict («Все · Не выполняют · В зоне риска», with counts) and its order.
// Labels are short enough for a 390 px phone: there the count goes under the word.
import { SegmentedControl } from '@vkontakte/vkui';
import { useId } from 'react';
import type { RowOrder } from '../../../core/pages/supervisor-table';
import type { VerdictCounts, VerdictStatus } from '../../../core/verdict';
import { formatInt } from '../../../shared/format';
import { VERDICT_PLURAL } from '../../../shared/verdict-text';

type StatusChoice = VerdictStatus | 'all';

interface StatusFilterProps {
  value: StatusChoice;
  counts: VerdictCounts;
  /** Rows in the table (the «Все» count). */
  all: number;
  phone: boolean;
  onChange: (value: StatusChoice) => void;
}

/**
 * «Все», «Не выполняют», «В зоне риска»; «Выполняют» or «Нет данных» join them while chosen from the
 * summary. Each label carries data-testid `filter-<value>` (the element to click) and data-count.
 */
export function StatusFilter({ value, counts, all, phone, onChange }: StatusFilterProps) {
  const shown: StatusChoice[] = ['all', 'fail', 'risk'];
  if (value === 'ok' || value === 'unknown') shown.push(value);
  return (
    <div className="sup-segments">
      <SegmentedControl
        aria-label="Какие страницы показать"
        value={value}
        onChange={(next) => onChange(next as StatusChoice)}
        options={shown.map((choice) => ({
          value: choice,
          label: (
            <SegmentLabel
              testId={`filter-${choice}`}
              word={choice === 'all' ? 'Все' : VERDICT_PLURAL[choice]}
              count={choice === 'all' ? all : counts[choice]}
              stacked={phone}
            />
          ),
        }))}
      />
    </div>
  );
}

const ORDERS: readonly { value: RowOrder; label: string }[] = [
  { value: 'worst', label: 'Худшие сверху' },
  { value: 'rating', label: 'По рейтингу' },
  { value: 'name', label: 'По имени' },
];

/** The replies orders, each label in two parts (a phone shows them on two lines). */
const REPLIES_ORDERS: readonly { value: RowOrder; label: readonly [string, string] }[] = [
  { value: 'waiting', label: ['Больше всего', 'ждут ответа'] },
  { value: 'slowest', label: ['Дольше всего', 'отвечают'] },
];

/**
 * The table's order. Once the replies were read (`replies`), their two orders join as a second row:
 * both rows are one choice (their radio buttons share a name), so choosing in one clears the other.
 */
export function SortOrder({
  value,
  phone,
  replies = false,
  onChange,
}: {
  value: RowOrder;
  phone: boolean;
  replies?: boolean;
  onChange: (value: RowOrder) => void;
}) {
  const name = useId();
  const size = phone ? 'm' : 'l';
  const change = (next: unknown) => onChange(next as RowOrder);
  return (
    <>
      <div className="sup-segments">
        <SegmentedControl
          aria-label="Порядок строк"
          name={name}
          size={size}
          value={value}
          onChange={change}
          options={ORDERS.map((order) => ({
            value: order.value,
            label: (
              <span className="sup-seg sup-seg--small" data-testid={`sort-${order.value}`}>
                {order.label}
              </span>
            ),
          }))}
        />
      </div>
      {replies && (
        <div className="sup-segments">
          <SegmentedControl
            aria-label="Порядок строк по ответам подписчикам"
            name={name}
            size="l"
            value={value}
            onChange={change}
            options={REPLIES_ORDERS.map((order) => ({
              value: order.value,
              label: (
                <span
                  className={phone ? 'sup-seg sup-seg--lines' : 'sup-seg sup-seg--small'}
                  data-testid={`sort-${order.value}`}
                >
                  <span>{order.label[0]}</span>
                  <span>{order.label[1]}</span>
                </span>
              ),
            }))}
          />
        </div>
      )}
    </>
  );
}

function SegmentLabel({
  testId,
  word,
  count,
  stacked,
}: {
  testId: string;
  word: string;
  count: number;
  stacked: boolean;
}) {
  return (
    <span
      className={stacked ? 'sup-seg sup-seg--stacked' : 'sup-seg'}
      data-testid={testId}
      data-count={count}
    >
      <span className="sup-seg__word">{word}</span>
      <span className="sup-seg__count">{formatInt(count)}</span>
    </span>
  );
}
