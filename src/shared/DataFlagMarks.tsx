// The small marks beside a figure that say what its data lacks; each opens its explanation in place
// (a disclosure, not a popup: it works inside clickable table rows and reads well with a screen reader).
import { Icon16InfoOutline } from '@vkontakte/icons';
import { useId, useState } from 'react';
import { flagText, type DataFlag } from '../core/completeness';
import './status.css';

export function DataFlagMarks({ flags }: { flags: readonly DataFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <div className="data-flags">
      {flags.map((flag) => (
        <DataFlagMark key={flag.kind} flag={flag} />
      ))}
    </div>
  );
}

function DataFlagMark({ flag }: { flag: DataFlag }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const text = flagText(flag);
  return (
    <div className="data-flag" data-testid="data-flag" data-flag-kind={flag.kind}>
      <button
        type="button"
        className="data-flag__mark"
        aria-expanded={open}
        aria-controls={id}
        onClick={(event) => {
          // Inside a table row the row itself opens the page: the mark only opens its explanation.
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        <Icon16InfoOutline aria-hidden />
        {text.label}
      </button>
      {open && (
        <div id={id} className="data-flag__explanation" data-testid="data-flag-explanation">
          {text.explanation}
        </div>
      )}
    </div>
  );
}
