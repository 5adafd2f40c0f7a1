// The one wide button that starts a long action (a draw, a count, a check, a retry): it spins and
// cannot be pressed again while the action runs.
import { Button, Div } from '@vkontakte/vkui';
import type { ReactNode } from 'react';

export function RunButton({
  running,
  onClick,
  testId,
  secondary = false,
  children,
}: {
  running: boolean;
  onClick: () => void;
  testId: string;
  /** A repeat of something already done: the quieter look. */
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <Div>
      <Button
        size="l"
        mode={secondary ? 'secondary' : 'primary'}
        stretched
        loading={running}
        disabled={running}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
      </Button>
    </Div>
  );
}
