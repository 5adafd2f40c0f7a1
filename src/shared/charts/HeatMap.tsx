// A grid of cells shaded by value (rows × columns, e.g. weekdays × hours) in VKUI's accent colour:
// darker is higher, empty cells in the background tone, marked cells outlined and numbered. Every
// cell has a <title>; the chart's aria-label says what it shows and the caller lists the numbers.
import './charts.css';

export interface HeatCellView {
  row: number;
  column: number;
  /** null: no data in the cell. */
  value: number | null;
  title: string;
  /** 1, 2, 3…: an outlined, numbered cell (e.g. the best slots). */
  mark?: number;
  /** Extra attributes for tests and tooling, e.g. { 'data-er': '4.12' }. */
  data?: Record<`data-${string}`, string>;
}

export interface HeatMapProps {
  rowLabels: readonly string[];
  /** Labels for the columns; empty strings leave a column unlabelled. */
  columnLabels: readonly string[];
  cells: readonly HeatCellView[];
  ariaLabel: string;
  testId?: string;
  cellTestId?: string;
}

const CELL = 20;
const GAP = 2;
const LEFT = 26;
const TOP = 16;
/** The faintest shade a non-empty cell gets, so a low value still differs from "no data". */
const MIN_OPACITY = 0.15;

export function HeatMap({ rowLabels, columnLabels, cells, ariaLabel, testId, cellTestId }: HeatMapProps) {
  const max = Math.max(0, ...cells.map((c) => c.value ?? 0));
  const width = LEFT + columnLabels.length * (CELL + GAP);
  const height = TOP + rowLabels.length * (CELL + GAP);
  const xOf = (column: number) => LEFT + column * (CELL + GAP);
  const yOf = (row: number) => TOP + row * (CELL + GAP);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
    >
      {columnLabels.map((label, column) =>
        label === '' ? null : (
          <text
            key={`c${column}`}
            className="chart__axis-text"
            x={xOf(column) + CELL / 2}
            y={TOP - 5}
            textAnchor="middle"
          >
            {label}
          </text>
        ),
      )}
      {rowLabels.map((label, row) => (
        <text key={`r${row}`} className="chart__axis-text" x={0} y={yOf(row) + CELL / 2 + 4}>
          {label}
        </text>
      ))}
      {cells.map((cell) => {
        const filled = cell.value !== null;
        const opacity = filled && max > 0 ? MIN_OPACITY + (1 - MIN_OPACITY) * ((cell.value ?? 0) / max) : 1;
        const x = xOf(cell.column);
        const y = yOf(cell.row);
        return (
          <g key={`${cell.row}-${cell.column}`} data-testid={cellTestId} {...cell.data}>
            <title>{cell.title}</title>
            <rect
              className={`${filled ? 'chart__cell--value' : 'chart__cell--empty'}${cell.mark ? ' chart__cell--best' : ''}`}
              x={x}
              y={y}
              width={CELL}
              height={CELL}
              rx={3}
              fillOpacity={filled ? Number(opacity.toFixed(3)) : undefined}
            />
            {cell.mark !== undefined && (
              <text className="chart__cell-mark" x={x + CELL / 2} y={y + CELL / 2 + 4} textAnchor="middle">
                {cell.mark}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
