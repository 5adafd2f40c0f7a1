// Scoring: counted actions per member on the page's own posts, then places with ties (1, 2, 2, 4).
import { placesOf } from '../places';
import type { LeaderboardComment, LeaderboardEntry, LeaderboardInput, PointRules } from './types';

/** A comment shorter than this (in characters, after trimming) scores nothing. */
export const MIN_COMMENT_LENGTH = 5;

interface Counts {
  likes: number;
  comments: number;
  reposts: number;
}

/**
 * Entries of every eligible user with more than 0 points, best first (points desc, then userId asc).
 * Eligible: a user (positive id: never the page or another community), a member, not a manager,
 * not deleted or banned.
 * The posts are taken as given: the caller picks the page's own posts in the period.
 */
export function scoreLeaderboard(input: LeaderboardInput, points: PointRules): LeaderboardEntry[] {
  const members = new Set(input.members);
  const excluded = new Set([...input.managers, ...input.inactive]);
  // Communities (the page included) have negative ids; a positive id is always a user.
  const eligible = (id: number) => id > 0 && members.has(id) && !excluded.has(id);
  const counts = new Map<number, Counts>();
  const add = (id: number, field: keyof Counts) => {
    if (!eligible(id)) return;
    const c = counts.get(id) ?? { likes: 0, comments: 0, reposts: 0 };
    c[field] += 1;
    counts.set(id, c);
  };
  for (const post of input.posts) {
    // A user likes or reposts a post once; a duplicate in the input is not a second action.
    for (const id of new Set(post.likers)) add(id, 'likes');
    for (const id of new Set(post.reposters)) add(id, 'reposts');
    for (const comment of countedComments(post.comments)) add(comment.fromId, 'comments');
  }
  const scored = [...counts].map(([userId, c]) => ({
    userId,
    points: c.likes * points.like + c.comments * points.comment + c.reposts * points.repost,
    ...c,
  }));
  return withPlaces(scored.filter((entry) => entry.points > 0));
}

/** The comments of one post that score: long enough, and not a repeat of the author's earlier one. */
export function countedComments(comments: readonly LeaderboardComment[]): LeaderboardComment[] {
  const seen = new Set<string>();
  const counted: LeaderboardComment[] = [];
  const chronological = [...comments].sort((a, b) => a.date - b.date || a.id - b.id);
  for (const comment of chronological) {
    const text = comment.text.trim();
    if ([...text].length < MIN_COMMENT_LENGTH) continue;
    const key = `${comment.fromId}\u0000${normalizedText(text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counted.push(comment);
  }
  return counted;
}

/** Case and runs of whitespace do not make a repeated comment new ("Круто!" = "круто! "). */
function normalizedText(trimmed: string): string {
  return trimmed.replace(/\s+/gu, ' ').toLowerCase();
}

/** Sorts and numbers: equal points share a place, the next place skips. */
export function withPlaces(entries: readonly Omit<LeaderboardEntry, 'place'>[]): LeaderboardEntry[] {
  const sorted = [...entries].sort((a, b) => b.points - a.points || a.userId - b.userId);
  const places = placesOf(sorted, (a, b) => a.points === b.points);
  return sorted.map((entry, i) => ({ ...entry, place: places[i]! }));
}

export function placeOf(entries: readonly LeaderboardEntry[], userId: number): LeaderboardEntry | null {
  return entries.find((entry) => entry.userId === userId) ?? null;
}

/**
 * Points the user needs to reach the next better place (a tie shares it): null when the user is
 * first or not in the table.
 */
export function pointsToNextPlace(entries: readonly LeaderboardEntry[], userId: number): number | null {
  const own = placeOf(entries, userId);
  if (!own || own.place === 1) return null;
  let next: number | null = null;
  for (const entry of entries) {
    if (entry.points > own.points && (next === null || entry.points < next)) next = entry.points;
  }
  return next === null ? null : next - own.points;
}
