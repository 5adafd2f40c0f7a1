// @vitest-environment happy-dom
// The SVG charts in both VKUI themes: the same markup, coloured only through VKUI's tokens (classes
// whose rules read var(--vkui--color_…)), so the dark theme recolours them; numbers reachable as text.
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../../../src/shared/charts/BarChart';
import { HeatMap } from '../../../../src/shared/charts/HeatMap';

afterEach(cleanup);

function inTheme(colorScheme: 'light' | 'dark', children: ReactNode) {
  return render(
    <ConfigProvider colorScheme={colorScheme}>
      <AdaptivityProvider>
        <AppRoot mode="embedded">{children}</AppRoot>
      </AdaptivityProvider>
    </ConfigProvider>,
  );
}

const bars = (
  <BarChart
    groups={[
      {
        label: 'октябрь',
        bars: [
          { key: 'a', label: '1', value: 4, tone: 'good', title: 'период 1: 4 поста — выполнен' },
          { key: 'b', label: '2', value: 1, tone: 'bad', title: 'период 2: 1 пост — не выполнен' },
        ],
      },
      {
        label: 'ноябрь',
        bars: [{ key: 'c', label: '1', value: null, tone: 'future', title: 'ещё не наступил' }],
      },
    ]}
    target={{ value: 3, label: 'порог 3' }}
    ariaLabel="Посты по периодам: 4, 1"
    testId="bars"
    barTestId="bar"
  />
);

const heat = (
  <HeatMap
    rowLabels={['Пн', 'Вт']}
    columnLabels={['0', '']}
    cells={[
      { row: 0, column: 0, value: 4, title: 'Пн 0:00: 4 %', mark: 1, data: { 'data-er': '4.00' } },
      { row: 0, column: 1, value: 2, title: 'Пн 1:00: 2 %', data: { 'data-er': '2.00' } },
      { row: 1, column: 0, value: null, title: 'Вт 0:00: постов нет', data: { 'data-er': '' } },
      { row: 1, column: 1, value: 0, title: 'Вт 1:00: 0 %', data: { 'data-er': '0.00' } },
    ]}
    ariaLabel="Тепловая карта"
    testId="heat"
    cellTestId="cell"
  />
);

describe.each(['light', 'dark'] as const)('charts in the %s theme', (scheme) => {
  it('renders the bars with values, titles, tones and the target line', () => {
    const { container } = inTheme(scheme, bars);
    // VKUI puts the theme's token class on its root: the charts' colours follow it.
    expect(container.ownerDocument.querySelector(`.vkui--vkBase--${scheme}`)).not.toBeNull();
    const chart = screen.getByTestId('bars');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('Посты по периодам: 4, 1');
    const items = screen.getAllByTestId('bar');
    expect(items.map((b) => b.getAttribute('data-tone'))).toEqual(['good', 'bad', 'future']);
    expect(items.map((b) => b.querySelector('title')?.textContent)).toEqual([
      'период 1: 4 поста — выполнен',
      'период 2: 1 пост — не выполнен',
      'ещё не наступил',
    ]);
    expect(items.map((b) => b.querySelector('rect')?.getAttribute('class'))).toEqual([
      'chart__bar--good',
      'chart__bar--bad',
      'chart__bar--future',
    ]);
    expect(chart.textContent).toContain('порог 3');
    expect(chart.textContent).toContain('октябрь');
    // No colour is hard-coded in the markup.
    expect(chart.outerHTML).not.toMatch(/fill="#|stroke="#|rgb\(/);
  });

  it('renders the heat map shaded by value, empty cells apart, the best one numbered', () => {
    inTheme(scheme, heat);
    const cells = screen.getAllByTestId('cell');
    expect(cells).toHaveLength(4);
    const rects = cells.map((c) => c.querySelector('rect')!);
    expect(rects.map((r) => r.getAttribute('class'))).toEqual([
      'chart__cell--value chart__cell--best',
      'chart__cell--value',
      'chart__cell--empty',
      'chart__cell--value',
    ]);
    // Opacity 0.15 + 0.85 × value ÷ max: 1, 0.575, none, 0.15.
    expect(rects.map((r) => r.getAttribute('fill-opacity'))).toEqual(['1', '0.575', null, '0.15']);
    expect(cells[0]!.textContent).toContain('1');
    expect(cells.map((c) => c.getAttribute('data-er'))).toEqual(['4.00', '2.00', '', '0.00']);
    expect(screen.getByTestId('heat').outerHTML).not.toMatch(/fill="#|stroke="#|rgb\(/);
  });
});

it('colours every chart class through VKUI tokens only', () => {
  const css = readFileSync('src/shared/charts/charts.css', 'utf8');
  const colours = [...css.matchAll(/(?:fill|stroke|background|color):\s*([^;]+);/g)].map((m) => m[1]!.trim());
  expect(colours.length).toBeGreaterThan(10);
  for (const value of colours) expect(value === 'none' || value.startsWith('var(--vkui--color_')).toBe(true);
});
