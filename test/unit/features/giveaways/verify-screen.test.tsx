// @vitest-environment happy-dom
// «Проверить честность» on screen over the simulated VK: every check holds for an honest giveaway, and
// the dates the timing checks compare are shown in words, Moscow time said the Russian way.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import { afterEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../../../src/shared/services';
import { sha256 } from '../../../../src/core/giveaway';
import { createGiveaway, drawGiveaway, giveawayDeps, type GiveawayDeps } from '../../../../src/data/giveaway';
import { latestOwnPosts } from '../../../../src/data/wall';
import { createServices } from '../../../../src/app/create-services';
import { createDemoBridge } from '../../../../src/demo/fake-bridge';
import { createMemoryWebStorage } from '../../../../src/demo/storage';
import { VerifyContent } from '../../../../src/features/giveaways/VerifyContent';
import { VirtualClock } from '../../../../src/vk/clock';

const GROUP = 219000001;
// Nine minutes after the demo page's newest post (seed 1: 18 November 2026, 10:21:25 Moscow time).
const NOW_ISO = '2026-11-18T10:30:00+03:00';
const NOW = Date.parse(NOW_ISO) / 1000;
const DRAW_AT = Date.parse('2026-11-18T12:00:00+03:00') / 1000;

afterEach(cleanup);

describe('VerifyContent', () => {
  it('shows every check holding and the dates in words', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const bridge = createDemoBridge({
      search: `?demo=1&now=${encodeURIComponent(NOW_ISO)}&role=admin`,
      storage: createMemoryWebStorage(),
      clock,
    });
    const services = createServices({
      bridge,
      launchSearch: bridge.launchSearch(),
      clock,
      demoLabel: 'demo',
    });
    let n = 0;
    const deps: GiveawayDeps = {
      ...giveawayDeps(services, GROUP),
      random: (bytes) => sha256(`verify-screen-${n++}`).slice(0, bytes),
    };
    const [post] = await latestOwnPosts(services.api, GROUP);
    if (!post) throw new Error('the demo page has no posts');
    const record = await createGiveaway(deps, GROUP, {
      prize: 'Билеты в музей',
      drawAt: DRAW_AT,
      winners: 1,
      reserves: 1,
      conditions: { member: true, like: false, repost: false, minTags: null, partners: [219000002] },
      blacklist: [],
      postRef: post.ref,
    });
    clock.advance((DRAW_AT + 120 - NOW) * 1000);
    await drawGiveaway(deps, record);

    render(
      <ServicesProvider value={services}>
        <ConfigProvider>
          <AdaptivityProvider>
            <AppRoot mode="embedded">
              <VerifyContent groupId={GROUP} id={record.terms.id} postRef={post.ref} />
            </AppRoot>
          </AdaptivityProvider>
        </ConfigProvider>
      </ServicesProvider>,
    );
    const checks = await screen.findByTestId('verify-checks', {}, { timeout: 10_000 });
    expect(checks.getAttribute('data-valid')).toBe('true');
    for (const key of ['commitment', 'timing', 'result-timing', 'list-hash', 'count', 'winners'])
      expect(screen.getByTestId(`verify-check-${key}`).getAttribute('data-ok')).toBe('true');
    await waitFor(() =>
      expect(screen.getByTestId('verify-dates-commitment').textContent).toBe(
        'По московскому времени: запись с розыгрышем опубликована 18 ноября 2026 в 10:21, ' +
          'код честности — 18 ноября 2026 в 10:30, через 8 минут после записи.',
      ),
    );
    expect(screen.getByTestId('verify-dates-result').textContent).toBe(
      'По московскому времени: время розыгрыша — 18 ноября 2026 в 12:00, итоги опубликованы 18 ноября 2026 в 12:02.',
    );
    const visible = screen.getByTestId('verify-screen').textContent ?? '';
    expect(visible).not.toMatch(/UTC|GMT|хеш|API/);
  }, 30_000);
});
