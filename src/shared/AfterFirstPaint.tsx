// Renders its children just after the rest of the screen, at a lower priority: the answer at the top
// commits and paints first, the details below the fold follow (on a slow phone, hundreds of
// milliseconds sooner for the answer). React renders them at once in tests (act flushes the deferral).
import { useDeferredValue, type ReactNode } from 'react';

export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const show = useDeferredValue(true, false);
  return show ? children : null;
}
