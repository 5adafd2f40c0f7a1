import { Button } from '@vkontakte/vkui';
import type { ActionTarget, ScorecardTool } from '../actionTarget';

interface Props {
  target: ActionTarget;
  onOpenTool?: (tool: ScorecardTool) => void;
  mode?: 'primary' | 'secondary';
}

/** The button that starts an action: a link into VK, one of the app's tools, or a place below. */
export function ActionButton(props: Props) {
  const button = <TargetButton {...props} />;
  return <div className="sc-action__button">{button}</div>;
}

function TargetButton({ target, onOpenTool, mode = 'secondary' }: Props) {
  const common = { size: 'm', mode, 'data-testid': 'action-button' } as const;
  if (target.kind === 'link')
    return (
      <Button {...common} Component="a" href={target.href} target="_blank" rel="noopener noreferrer">
        {target.label}
      </Button>
    );
  if (target.kind === 'tool')
    return onOpenTool ? (
      <Button {...common} onClick={() => onOpenTool(target.tool)}>
        {target.label}
      </Button>
    ) : null;
  return (
    <Button
      {...common}
      onClick={() => document.getElementById(target.anchor)?.scrollIntoView({ behavior: 'smooth' })}
    >
      {target.label}
    </Button>
  );
}
