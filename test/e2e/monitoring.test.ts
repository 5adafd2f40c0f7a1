// The monitoring-grade ER in the real built app: an admin's scorecard on the demo head page shows it
// beside the plain ER, with its figure equal to what the core computes from the demo world's lists.
import { describe, expect, it } from 'vitest';
import { HEAD_ID } from '../../src/demo/pages';
import { openApp } from './harness';

const NOW_ISO = '2026-11-18T15:00:00+03:00';

describe('monitoring-grade ER: an admin opens the scorecard', () => {
  it('shows both ER figures, the differences and the unchecked rules', async () => {
    const app = await openApp(
      `/?demo=1&seed=1&now=${encodeURIComponent(NOW_ISO)}&role=admin&group=${HEAD_ID}`,
    );
    const { page } = app;
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    // The one ER on the card is the one the rating counts: the monitoring-grade figure once read.
    await page.locator('[data-testid="er-percent"][data-source="monitoring"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('er-details').click();
    await page.getByTestId('er-monitoring').waitFor({ timeout: 20_000 });

    const total = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
    const plain = await page.getByTestId('er-plain').innerText();
    const monitoring = await page.getByTestId('er-monitoring').innerText();
    expect(await page.getByTestId('er-percent').innerText()).toBe(monitoring);
    expect(plain).toMatch(/%/);
    expect(monitoring).toMatch(/%/);
    // The head page answers comments itself and has deleted likers: the monitoring figure is lower.
    expect(total(monitoring)).toBeLessThan(total(plain));

    const differences = await page.getByTestId('er-difference').allInnerTexts();
    expect(differences.length).toBeGreaterThan(0);
    expect(differences).toContainEqual(
      expect.stringMatching(/^−\d+ реакци[яий]: комментарии от имени сообщества$/),
    );

    const unchecked = await page.getByTestId('er-unchecked').allInnerTexts();
    expect(unchecked).toHaveLength(3);
    expect(unchecked.every((line) => line.includes('не проверяется'))).toBe(true);

    // Default on for an admin.
    expect(await page.getByTestId('er-monitoring-switch').isChecked()).toBe(true);
    // The rating follows the switch: off, it takes the plain (higher) ER again.
    const withMonitoring = total(await page.getByTestId('rating-total').innerText());
    await page.getByText('Считать рейтинг по методике мониторинга').click();
    expect(await page.getByTestId('er-monitoring-switch').isChecked()).toBe(false);
    await expect
      .poll(async () => total(await page.getByTestId('rating-total').innerText()))
      .toBeGreaterThan(withMonitoring);
    expect(await page.getByTestId('er-percent').getAttribute('data-source')).toBe('plain');
  });

  it('marks an estimated reach, explains it, and drops the mark once statistics are read', async () => {
    const app = await openApp(
      `/?demo=1&seed=1&now=${encodeURIComponent(NOW_ISO)}&role=admin&group=${HEAD_ID}`,
    );
    const { page } = app;
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    const reach = page.getByTestId('reach-card');
    const mark = reach.locator('[data-flag-kind="reach-estimated"]');
    expect(await mark.innerText()).toBe('охват — оценка');
    // The rating rests on that estimate too, so it carries the same mark.
    expect(await page.getByTestId('page-verdict').locator('[data-flag-kind="reach-estimated"]').count()).toBe(
      1,
    );
    await mark.locator('button').click();
    expect(await mark.getByTestId('data-flag-explanation').innerText()).toMatch(
      /^Статистика сообщества не запрашивалась\. Охват оценён по среднему числу просмотров/,
    );

    await page.getByText('Показать точный охват').click();
    await expect
      .poll(() => reach.locator('[data-flag-kind="reach-estimated"]').count(), { timeout: 20_000 })
      .toBe(0);
    expect(await page.getByTestId('page-verdict').getByTestId('data-flag').count()).toBe(0);
  });
});
