// The viewer's own bridge methods: their profile, and the clipboard.
import { clientError, invalidParams, type BridgeHandlers } from './bridge-errors';
import type { BridgeContext } from './bridge-context';
import { person, personPhoto } from './people';

/** `onCopy`: told each text passed to VKWebAppCopyText. */
export function viewerHandlers(
  { world, userId }: BridgeContext,
  onCopy: (text: string) => void,
): BridgeHandlers {
  return {
    VKWebAppGetUserInfo: () => {
      const p = person(world.seed, userId);
      if (!p) throw clientError(1, 'Unknown error');
      return {
        id: userId,
        first_name: p.firstName,
        last_name: p.lastName,
        sex: p.sex,
        photo_100: personPhoto(p, 100),
        photo_200: personPhoto(p, 200),
        city: { id: 0, title: 'Лесногорск' },
        country: { id: 1, title: 'Россия' },
        timezone: 3,
      };
    },
    VKWebAppCopyText: (props) => {
      const text = props['text'];
      if (typeof text !== 'string') throw invalidParams('text');
      onCopy(text);
      const clipboard = (
        globalThis as { navigator?: { clipboard?: { writeText?: (t: string) => Promise<void> } } }
      ).navigator?.clipboard;
      void clipboard?.writeText?.(text).catch(() => undefined);
      return { result: true };
    },
  };
}
