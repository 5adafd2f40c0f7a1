// One asynchronous read with its loading and error states, re-run on demand (a retry button).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Clock } from '../vk/clock';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export interface LoadState<T> {
  state: Loaded<T>;
  reload(): void;
  /** Replaces the value after an action returned a newer one (no second read). */
  set(value: T): void;
}

/** `read` must be memoised (useCallback): a new function starts a new read. */
export function useLoad<T>(read: () => Promise<T>): LoadState<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    read().then(
      (value) => mine === ticket.current && setState({ status: 'ready', value }),
      (error: unknown) => mine === ticket.current && setState({ status: 'error', error }),
    );
  }, [read, attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const set = useCallback((value: T) => {
    ticket.current++;
    setState({ status: 'ready', value });
  }, []);
  return { state, reload, set };
}

/** Unix seconds now, refreshed every `seconds` (countdowns, phases that change with time). */
export function useNow(clock: Clock, seconds = 30): number {
  const [now, setNow] = useState(() => Math.floor(clock.now() / 1000));
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(clock.now() / 1000)), seconds * 1000);
    return () => clearInterval(timer);
  }, [clock, seconds]);
  return now;
}
