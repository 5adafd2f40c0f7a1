// Vertical bars with an optional target line, in VKUI's colours (light and dark). The bars may be
// grouped (e.g. four periods under each month). Colour never carries the meaning alone: each bar has
// its value on top and a <title>, and the chart's aria-label lists every value.
import './charts.css';

/** good/bad: met or not; pending: still running; future: not begun (drawn as an outline). */
export type BarTone = 'good' | 'bad' | 'pending' | 'future';

export interface Bar {
  key: string;
  /** Short label under the bar (e.g. «1»). */
  label: string;
  /** null for a bar that has no value yet (drawn as an outline). */
  value: number | null;
  tone: BarTone;
  /** Full sentence for the tooltip and screen readers. */
  title: string;
  /** Text over the bar; the value itself when not given. */
  valueText?: string;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartProps {
  groups: BarGroup[];
  /** Target line, e.g. the threshold of posts per period. */
  target?: { value: number; label: string };
  ariaLabel: string;
  testId?: string;
  barTestId?: string;
  /** Width of a bar in px (wider for few bars with long values such as «2,28 %»). */
  barWidth?: number;
}

const HEIGHT = 150;
const TOP = 18;
const BAR_GAP = 8;
const GROUP_GAP = 18;
const LEFT = 6;
/** Room right of the bars for the target line's label. */
const RIGHT = 64;
const LABELS = 34;

export function BarChart({ groups, target, ariaLabel, testId, barTestId, barWidth = 22 }: BarChartProps) {
  const BAR_WIDTH = barWidth;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value ?? 0));
  const max = Math.max(1, ...values, target?.value ?? 0) * 1.1;
  const y = (value: number) => TOP + HEIGHT - (value / max) * HEIGHT;
  let x = LEFT;
  const layout = groups.map((group) => {
    const start = x;
    const bars = group.bars.map((bar) => {
      const at = x;
      x += BAR_WIDTH + BAR_GAP;
      return { bar, x: at };
    });
    const end = x - BAR_GAP;
    x += GROUP_GAP - BAR_GAP;
    return { group, bars, middle: (start + end) / 2 };
  });
  const barsEnd = x - GROUP_GAP + BAR_GAP;
  const width = barsEnd + RIGHT;
  const baseline = TOP + HEIGHT;
  return (
    // Text keeps its real size: a chart wider than the screen scrolls instead of shrinking to
    // unreadable 6 px labels, and opens scrolled to its newest (rightmost) bars.
    <div
      className="chart-scroll"
      ref={scrollToEnd}
      tabIndex={0}
      role="region"
      aria-label="График: прокручивается вбок"
    >
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${baseline + LABELS}`}
        width={width}
        height={baseline + LABELS}
        role="img"
        aria-label={ariaLabel}
        data-testid={testId}
      >
        {layout.map(({ group, bars, middle }) => (
          <g key={group.label}>
            {bars.map(({ bar, x: barX }) => {
              const value = bar.value;
              const top = value === null ? y(target?.value ?? max / 3) : y(value);
              return (
                <g key={bar.key} data-testid={barTestId} data-tone={bar.tone} data-value={value ?? ''}>
                  <title>{bar.title}</title>
                  <rect
                    className={`chart__bar--${bar.tone}`}
                    x={barX}
                    y={top}
                    width={BAR_WIDTH}
                    height={Math.max(baseline - top, value === 0 ? 0 : 1)}
                    rx={3}
                  />
                  {value !== null && (
                    <text
                      className="chart__value-text"
                      x={barX + BAR_WIDTH / 2}
                      y={top - 4}
                      textAnchor="middle"
                    >
                      {bar.valueText ?? String(value)}
                    </text>
                  )}
                  <text
                    className="chart__axis-text"
                    x={barX + BAR_WIDTH / 2}
                    y={baseline + 13}
                    textAnchor="middle"
                  >
                    {bar.label}
                  </text>
                </g>
              );
            })}
            <text className="chart__group-text" x={middle} y={baseline + 29} textAnchor="middle">
              {group.label}
            </text>
          </g>
        ))}
        <line className="chart__baseline" x1={0} x2={barsEnd} y1={baseline} y2={baseline} />
        {target && (
          <g data-testid={testId ? `${testId}-target` : undefined}>
            <title>{target.label}</title>
            <line
              className="chart__threshold"
              x1={0}
              x2={barsEnd + 4}
              y1={y(target.value)}
              y2={y(target.value)}
            />
            <text className="chart__threshold-text" x={barsEnd + 8} y={y(target.value) + 4}>
              {target.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}

function scrollToEnd(element: HTMLDivElement | null): void {
  if (element) element.scrollLeft = element.scrollWidth;
}
