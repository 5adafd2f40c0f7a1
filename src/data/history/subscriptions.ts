// Daily subscriptions and unsubscriptions from stats.get (activity), for the members by month. The
// `stats` right is asked for only when the admin presses the button that explains why.
import type { SubscriptionDay } from '../../core/history/members';
import { SECONDS_PER_DAY } from '../../core/time';
import type { VkApi } from '../../vk/api-client';
import type { WireStatsPeriod } from '../../vk/wire-stats';
import { fetchDailyStats } from '../page-snapshot';

export async function fetchSubscriptionDays(
  api: VkApi,
  groupId: number,
  { from, to }: { from: number; to: number },
): Promise<SubscriptionDay[]> {
  const periods = await fetchDailyStats(api, groupId, { from, to, statsGroups: 'activity' });
  return periods.flatMap(toSubscriptionDay);
}

/** A day without a readable start is skipped; a missing end means a day long. */
export function toSubscriptionDay(period: WireStatsPeriod): SubscriptionDay[] {
  const from = unixOf(period.period_from);
  if (from === null) return [];
  const to = unixOf(period.period_to) ?? from + SECONDS_PER_DAY;
  return [
    {
      from,
      to,
      subscribed: period.activity?.subscribed ?? 0,
      unsubscribed: period.activity?.unsubscribed ?? 0,
    },
  ];
}

/** Unix seconds, a numeric string, or a 'YYYY-MM-DD' day (VK's statistics days are Moscow days). */
function unixOf(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const parsed = Date.parse(`${value.slice(0, 10)}T00:00:00+03:00`);
  return Number.isFinite(parsed) ? parsed / 1000 : null;
}
