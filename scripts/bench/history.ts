// (h) The history screen for one page: three months of its wall (groups.getById with the first wall
// page in one execute, then a wall page per 100 posts, read in order because each page's oldest post
// decides whether to go on), and the subscriber's home: the giveaway and quiz lists read the same wall
// and comments, which the adapter now sends once (identical reads in flight share one call).
import { listPublishedGiveaways } from '../../src/data/giveaway';
import { fetchHistory } from '../../src/data/history';
import { listPublishedQuizzes } from '../../src/data/quiz';
import { HEAD_ID } from '../../src/demo/pages';
import { DEMO_NOW, demoServices } from '../../test/integration/demo-services';
import type { Figure, BenchSection } from './types';

/** Requests, calls and simulated seconds of `work` over fresh demo services. */
async function measure(
  query: string,
  work: (services: ReturnType<typeof demoServices>['services']) => Promise<unknown>,
) {
  const { services, clock } = demoServices(query);
  const start = clock.now();
  await work(services);
  const { requests, calls } = services.api.stats();
  return { requests, calls, seconds: (clock.now() - start) / 1000 };
}

export const historyRead: BenchSection = {
  id: 'history',
  title: 'History and the subscriber home: VK API cost (3 req/s, virtual clock, demo head page)',
  async run() {
    let posts = 0;
    const history = await measure(`role=admin&group=${HEAD_ID}`, async (services) => {
      const data = await fetchHistory(services.api, HEAD_ID, { now: DEMO_NOW });
      posts = data.posts.length;
    });
    const member = `role=member&group=${HEAD_ID}`;
    const lists = (api: ReturnType<typeof demoServices>['services']['api']) => [
      listPublishedGiveaways(api, HEAD_ID, { now: DEMO_NOW }),
      listPublishedQuizzes(api, HEAD_ID, { now: DEMO_NOW }),
    ];
    const together = await measure(member, (services) => Promise.all(lists(services.api)));
    const giveawaysAlone = await measure(member, (services) => lists(services.api)[0]!);
    const quizzesAlone = await measure(member, (services) => lists(services.api)[1]!);
    const figures: Figure[] = [
      {
        key: 'history.requests',
        label: `three months (${posts} posts): requests`,
        value: history.requests,
        unit: 'count',
      },
      {
        key: 'history.simulatedSeconds',
        label: 'three months: simulated time',
        value: history.seconds,
        unit: 's',
      },
      {
        key: 'home.requests',
        label: 'subscriber home, giveaway and quiz lists together: requests',
        value: together.requests,
        unit: 'count',
      },
      {
        key: 'home.calls',
        label: 'subscriber home, giveaway and quiz lists together: API calls',
        value: together.calls,
        unit: 'count',
        note: `without sharing: ${giveawaysAlone.calls} + ${quizzesAlone.calls} = ${giveawaysAlone.calls + quizzesAlone.calls}`,
      },
    ];
    return { figures };
  },
};
