// Equal points share a place (1, 2, 2, 4: competition ranking, score.ts). A long run of equal places
// reads as a bug («1, 1, 1, 1…»), so the table names a tie's places once, as a range («2–35»), and
// the widget, which VK limits to ten rows, folds a big tie into one row («2–35 · 34 человека»).
import { plural } from '../plural';
import type { LeaderboardEntry } from './types';

/** People in a row of equal points, places `from`…`to`. */
export interface TieGroup {
  from: number;
  to: number;
  points: number;
  entries: readonly LeaderboardEntry[];
}

/** Consecutive entries (already in place order) with equal points, each group once. */
export function tieGroups(entries: readonly LeaderboardEntry[]): TieGroup[] {
  const groups: TieGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.points === entry.points && last.from === entry.place) {
      last.to += 1;
      (last.entries as LeaderboardEntry[]).push(entry);
    } else groups.push({ from: entry.place, to: entry.place, points: entry.points, entries: [entry] });
  }
  return groups;
}

/** «3» for a place of its own, «2–35» for a shared one. */
export function placeRange(group: Pick<TieGroup, 'from' | 'to'>): string {
  return group.from === group.to ? String(group.from) : `${group.from}–${group.to}`;
}

/**
 * The place each table row shows: its group's range on the group's first row, nothing on the rest
 * (the place reads once per tie); `spoken` is every row's place for screen readers («2–35 место»).
 */
export function rowPlaces(entries: readonly LeaderboardEntry[]): { shown: string; spoken: string }[] {
  return tieGroups(entries).flatMap((group) =>
    group.entries.map((_, i) => ({
      shown: i === 0 ? placeRange(group) : '',
      spoken: `${placeRange(group)} место`,
    })),
  );
}

const PEOPLE = ['человек', 'человека', 'человек'] as const;

/** «34 человека». */
export function peopleText(count: number): string {
  return `${count} ${plural(count, PEOPLE)}`;
}

/** A row of the widget: one person, or a tie folded into one row. */
export type WidgetRow =
  | { kind: 'person'; place: string; entry: LeaderboardEntry }
  | { kind: 'tie'; place: string; count: number; points: number };

/** The most people of one tie the widget lists by name; a bigger tie is one row. */
export const WIDGET_TIE_NAMED_MAX = 3;

/**
 * At most `rows` widget rows, best first: people one by one (a tie's range on its first row), a tie
 * of more than WIDGET_TIE_NAMED_MAX people, or one that would not fit whole, as one row.
 */
export function widgetRows(entries: readonly LeaderboardEntry[], rows: number): WidgetRow[] {
  const out: WidgetRow[] = [];
  for (const group of tieGroups(entries)) {
    const left = rows - out.length;
    if (left <= 0) break;
    const count = group.entries.length;
    if (count === 1 || (count <= WIDGET_TIE_NAMED_MAX && count <= left)) {
      group.entries.forEach((entry, i) =>
        out.push({ kind: 'person', place: i === 0 ? placeRange(group) : '', entry }),
      );
    } else out.push({ kind: 'tie', place: placeRange(group), count, points: group.points });
  }
  return out;
}

/** The users the widget names (whose names and photos it needs), best first. */
export function widgetUserIds(entries: readonly LeaderboardEntry[], rows: number): number[] {
  return widgetRows(entries, rows).flatMap((row) => (row.kind === 'person' ? [row.entry.userId] : []));
}
