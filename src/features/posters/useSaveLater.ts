// Saves a value a moment after its last change, not on every keystroke (VK Storage is rate-limited);
// the value as first read is not saved back. Says whether the last save failed.
import { useEffect, useRef, useState } from 'react';

const SAVE_DELAY_MS = 800;

export function useSaveLater<T>(value: T, save: (value: T) => Promise<void>): boolean {
  const [failed, setFailed] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      save(value).then(
        () => setFailed(false),
        () => setFailed(true),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, save]);
  return failed;
}
