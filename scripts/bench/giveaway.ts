// (e) Gathering a giveaway's participants on the demo world's bench page: 50,000 members, one post with
// 5,000 comments and 20,000 likes (generateWorld({ giveawayBench: true })). Requests against the
// execute floor ⌈calls/25⌉ and simulated seconds at the user token's 3 req/s (virtual clock, no
// latency), for the post's own rules (member + like + a comment tagging friends) and for a
// members-only giveaway (the whole member list).
import type { GiveawayConditions } from '../../src/core/giveaway';
import { eligibleParticipants } from '../../src/core/giveaway';
import { gatherEvidence } from '../../src/data/giveaway';
import { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF } from '../../src/demo/world';
import { EXECUTE_MAX_CALLS } from '../../src/vk/limits';
import { demoServices } from '../../test/integration/demo-services';
import type { BenchSection, Figure } from './types';

export interface GiveawayGatherFigures {
  scenario: string;
  conditions: GiveawayConditions;
  requests: number;
  calls: number;
  floorRequests: number;
  simulatedSeconds: number;
  participants: number;
}

export const GIVEAWAY_SCENARIOS: readonly { key: string; label: string; conditions: GiveawayConditions }[] = [
  {
    key: 'rules',
    label: 'member + like + comment tagging a friend',
    conditions: { member: true, like: true, repost: false, minTags: 1, partners: [] },
  },
  {
    key: 'members',
    label: 'members only (the whole member list)',
    conditions: { member: true, like: false, repost: false, minTags: null, partners: [] },
  },
];

/** The app's services over a demo world with the bench page, the viewer an admin of it. */
export function giveawayBenchServices() {
  // bench=1: the world gets the bench page (generateWorld({ giveawayBench: true })).
  return demoServices(`role=admin&bench=1&group=${GIVEAWAY_BENCH_PAGE_ID}`);
}

export async function measureGather(
  scenario: string,
  conditions: GiveawayConditions,
): Promise<GiveawayGatherFigures> {
  const { services, clock } = giveawayBenchServices();
  const start = clock.now();
  const evidence = await gatherEvidence(services.api, {
    groupId: GIVEAWAY_BENCH_PAGE_ID,
    postRef: GIVEAWAY_BENCH_POST_REF,
    conditions,
    blacklist: [],
    withManagers: true,
  });
  const { requests, calls } = services.api.stats();
  return {
    scenario,
    conditions,
    requests,
    calls,
    floorRequests: Math.ceil(calls / EXECUTE_MAX_CALLS),
    simulatedSeconds: (clock.now() - start) / 1000,
    participants: eligibleParticipants(conditions, evidence).participants.length,
  };
}

function figures(r: GiveawayGatherFigures, label: string): Figure[] {
  const key = `giveaway.${r.scenario}`;
  const budget = 1.2 * r.floorRequests;
  return [
    {
      key: `${key}.requests`,
      label: `${label}: requests (${r.calls} calls, floor ${r.floorRequests}, ratio ${(r.requests / r.floorRequests).toFixed(2)})`,
      value: r.requests,
      unit: 'count',
      status: r.requests <= budget ? 'OK' : 'OVER',
      note: `budget ≤ ${budget.toFixed(1)}`,
    },
    {
      key: `${key}.simulatedSeconds`,
      label: `${label}: simulated time at 3 req/s`,
      value: r.simulatedSeconds,
      unit: 's',
    },
    {
      key: `${key}.participants`,
      label: `${label}: eligible participants`,
      value: r.participants,
      unit: 'count',
    },
  ];
}

export const giveawayGather: BenchSection = {
  id: 'giveaway',
  title: 'Giveaway participants: 5,000 comments, 20,000 likes, 50,000 members (3 req/s, virtual clock)',
  async run(ctx) {
    const rows: GiveawayGatherFigures[] = [];
    const out: Figure[] = [];
    for (const s of GIVEAWAY_SCENARIOS) {
      ctx.log(`  ${s.label}…`);
      const r = await measureGather(s.key, s.conditions);
      rows.push(r);
      out.push(...figures(r, s.label));
    }
    return {
      figures: out,
      notes: [
        'The first steps depend on each other (comments → long threads → screen names → membership and ' +
          'accounts of the candidates), so a few executes leave part-filled; the floor assumes none do.',
      ],
      json: { giveaway: rows },
    };
  },
};
