// Members at each month's end, back-calculated: VK gives only today's members_count, and stats.get
// (activity) the subscriptions and unsubscriptions of each day. Members at a month's end = today's
// count − (subscribed − unsubscribed) of every day after it.
import { monthOf, type MonthId } from '../time';

/** One stats.get interval (a day): unix seconds [from, to). */
export interface SubscriptionDay {
  from: number;
  to: number;
  subscribed: number;
  unsubscribed: number;
}

export interface MonthMembers {
  month: MonthId;
  subscribed: number;
  unsubscribed: number;
  /** subscribed − unsubscribed. */
  net: number;
  /** Members when the month ended (today's count for the current month). */
  atEnd: number;
  /** Members when the month began. */
  atStart: number;
}

export interface MembersHistoryOptions {
  /** groups.getById members_count, now. */
  membersToday: number;
  /** Oldest first; the last is the current month. */
  months: readonly MonthId[];
  timeZone: string;
}

/**
 * A day belongs to the month holding its middle, in the page's zone: VK's statistics days follow
 * its own clock, and a few hours' difference from the page's zone must not move a day across months.
 * Days outside the months are left out (none should come: the read asks for the window only).
 */
export function computeMembersHistory(
  days: readonly SubscriptionDay[],
  opts: MembersHistoryOptions,
): MonthMembers[] {
  const totals = new Map<MonthId, { subscribed: number; unsubscribed: number }>();
  for (const month of opts.months) totals.set(month, { subscribed: 0, unsubscribed: 0 });
  for (const day of days) {
    const middle = Math.floor((day.from + day.to) / 2);
    const total = totals.get(monthOf(middle, opts.timeZone));
    if (!total) continue;
    total.subscribed += day.subscribed;
    total.unsubscribed += day.unsubscribed;
  }
  const result: MonthMembers[] = [];
  let atEnd = opts.membersToday;
  for (const month of [...opts.months].reverse()) {
    const { subscribed, unsubscribed } = totals.get(month) ?? { subscribed: 0, unsubscribed: 0 };
    const net = subscribed - unsubscribed;
    result.push({ month, subscribed, unsubscribed, net, atEnd, atStart: atEnd - net });
    atEnd -= net;
  }
  return result.reverse();
}
