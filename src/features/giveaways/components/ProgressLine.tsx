// A long read's progress: the bar (empty while a stage's total is unknown) and the stage in words.
import { Div, Progress } from '@vkontakte/vkui';
import type { DrawProgress } from '../../../data/giveaway';
import { progressPercent, progressText } from '../text';

export function ProgressLine({
  progress,
  label,
  testId,
}: {
  progress: DrawProgress | null;
  label: string;
  testId: string;
}) {
  return (
    <Div data-testid={testId} aria-live="polite">
      <Progress value={(progress && progressPercent(progress)) ?? 0} aria-label={label} />
      <div style={{ marginTop: 8 }}>{progress ? progressText(progress) : 'Начинаем…'}</div>
    </Div>
  );
}
