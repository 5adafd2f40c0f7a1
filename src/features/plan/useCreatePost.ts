// «Создать запись»: VK's own post box with the draft where the platform has it; where it does not,
// the text is copied and the page offered to open, so the draft is never lost.
import { useCallback, useState } from 'react';
import { copyText, showPostBox } from '../../data/screen-actions';
import { useServices } from '../../shared/services';

export type CreateOutcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'posted' }
  | { kind: 'closed' }
  /** No post box here: the text was copied (or could not be) for the page's own form. */
  | { kind: 'copied'; ok: boolean };

export function useCreatePost(groupId: number, onPosted: () => void) {
  const { bridge } = useServices();
  const [outcome, setOutcome] = useState<CreateOutcome>({ kind: 'idle' });
  const create = useCallback(
    async (text: string) => {
      setOutcome({ kind: 'busy' });
      const result = await showPostBox(bridge, groupId, text);
      if (result.kind === 'posted') {
        setOutcome({ kind: 'posted' });
        onPosted();
      } else if (result.kind === 'closed') setOutcome({ kind: 'closed' });
      else setOutcome({ kind: 'copied', ok: await copyText(bridge, text) });
    },
    [bridge, groupId, onPosted],
  );
  const copy = useCallback(
    async (text: string) => setOutcome({ kind: 'copied', ok: await copyText(bridge, text) }),
    [bridge],
  );
  return { outcome, create, copy };
}
