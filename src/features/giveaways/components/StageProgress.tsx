// A giveaway read's progress while it runs (the draw, the organiser's live count, the public rebuild):
// the bar and the stage being read, in the giveaway's words.
import type { DrawProgress } from '../../../data/giveaway';
import { ProgressLine } from '../../../shared/ProgressLine';
import { progressPercent, progressText } from '../text';

export function StageProgress({
  running,
  progress,
  label,
  testId,
}: {
  running: boolean;
  progress: DrawProgress | null;
  label: string;
  testId: string;
}) {
  if (!running) return null;
  return (
    <ProgressLine
      percent={progress && progressPercent(progress)}
      text={progress && progressText(progress)}
      label={label}
      testId={testId}
    />
  );
}
