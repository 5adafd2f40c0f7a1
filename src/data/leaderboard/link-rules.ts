// The rules a subscriber's link carried (the widget's «more»), kept in services.memory for the session:
// back on the home screen, «Мой рейтинг» scores with them and links on with them.
import type { LeaderboardRules } from '../../core/leaderboard';

const memoryKey = (groupId: number) => `leaderboard:link-rules:${groupId}`;

export function keepLinkRules(memory: Map<string, unknown>, groupId: number, rules: LeaderboardRules): void {
  memory.set(memoryKey(groupId), rules);
}

/** The page's rules from the last link this session, or null. */
export function keptLinkRules(memory: Map<string, unknown>, groupId: number): LeaderboardRules | null {
  const value = memory.get(memoryKey(groupId));
  return isRules(value) ? value : null;
}

function isRules(value: unknown): value is LeaderboardRules {
  return typeof value === 'object' && value !== null && 'points' in value && 'period' in value;
}
