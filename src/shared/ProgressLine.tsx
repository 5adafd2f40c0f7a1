// A long read's progress: the bar (empty while a stage's total is unknown) and the stage in words.
import { Div, Progress } from '@vkontakte/vkui';

export function ProgressLine({
  percent,
  text,
  label,
  testId,
}: {
  /** 0..100, or null while the total is unknown. */
  percent: number | null;
  /** The stage in words; null before the first report. */
  text: string | null;
  label: string;
  testId: string;
}) {
  return (
    <Div data-testid={testId} aria-live="polite">
      <Progress value={percent ?? 0} aria-label={label} />
      <div style={{ marginTop: 8 }}>{text ?? 'Начинаем…'}</div>
    </Div>
  );
}
