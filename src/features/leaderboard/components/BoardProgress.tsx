import type { LeaderboardProgress } from '../../../data/leaderboard';
import { ProgressLine } from '../../../shared/ProgressLine';
import { progressPercent, progressText } from '../text';

/** A read of the board in progress: the stage in words and the bar. */
export function BoardProgress({
  progress,
  label,
  testId,
  idleText,
}: {
  progress: LeaderboardProgress | null;
  label: string;
  testId: string;
  /** Before the first report; «Начинаем…» by default. */
  idleText?: string;
}) {
  return (
    <ProgressLine
      percent={progress && progressPercent(progress)}
      text={progress ? progressText(progress) : (idleText ?? null)}
      label={label}
      testId={testId}
    />
  );
}
