// One action a button starts (save, bind, draw, count): running while it works, its failure kept to
// show until the next attempt, and the progress it reports, for the screens that show a bar.
import { useState } from 'react';

export interface ActionState<P> {
  running: boolean;
  /** The last attempt's failure; null before any and after a success. */
  error: unknown;
  /** The latest progress the running work reported; null until its first report. */
  progress: P | null;
  /**
   * Runs `work`: clears the last error and progress, is running until the work settles, and keeps its
   * failure. `onError` (the hook's option) runs after a failure while still running.
   */
  run(work: (onProgress: (progress: P) => void) => Promise<unknown>): Promise<void>;
  /** A failure found before the work could start, or null to clear the last one. */
  setError(error: unknown): void;
}

export interface ActionOptions {
  /** After a failure, e.g. re-reading what the interrupted work managed to save. */
  onError?: (error: unknown) => Promise<void> | void;
}

export function useAction<P = never>(options: ActionOptions = {}): ActionState<P> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<P | null>(null);
  const run = async (work: (onProgress: (progress: P) => void) => Promise<unknown>) => {
    setRunning(true);
    setError(null);
    setProgress(null);
    try {
      await work(setProgress);
    } catch (err) {
      setError(err);
      await options.onError?.(err);
    } finally {
      setRunning(false);
    }
  };
  return { running, error, progress, run, setError };
}
