// A long read's progress in words and as a share, for any feature's stages (giveaway draws, quiz
// checks, the leaderboard): the feature names the stage, this says how far it got.
import { formatInt } from './format';

export interface StageProgress {
  done: number;
  /** null while the stage's total is unknown. */
  total: number | null;
}

/** «Читаем лайки: 1 200 из 3 400», or «Читаем лайки: 1 200» while the total is unknown. */
export function progressText({ done, total, name }: StageProgress & { name: string }): string {
  if (total === null) return `${name}: ${formatInt(done)}`;
  return `${name}: ${formatInt(done)} из ${formatInt(total)}`;
}

/** 0..100, or null while the total is unknown (the bar then stays empty); an empty stage is complete. */
export function progressPercent({ done, total }: StageProgress): number | null {
  if (total === null) return null;
  if (total === 0) return 100;
  return Math.min(100, Math.round((done / total) * 100));
}
