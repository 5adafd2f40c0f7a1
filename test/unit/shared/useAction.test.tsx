// @vitest-environment happy-dom
// The button action's states: running only while the work is in flight, the progress it reports,
// its failure kept until the next attempt, and the failure hook run before the button frees.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAction, type ActionOptions } from '../../../src/shared/useAction';

afterEach(cleanup);

/** A promise settled from the test. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAction', () => {
  it('is running while the work is in flight and shows the latest progress it reported', async () => {
    const { result } = renderHook(() => useAction<number>());
    expect(result.current).toMatchObject({ running: false, error: null, progress: null });

    const gate = deferred();
    let report!: (n: number) => void;
    let done!: Promise<void>;
    act(() => {
      done = result.current.run(async (onProgress) => {
        report = onProgress;
        await gate.promise;
      });
    });
    expect(result.current.running).toBe(true);
    expect(result.current.progress).toBeNull();
    act(() => report(3));
    act(() => report(7));
    expect(result.current.progress).toBe(7);

    await act(async () => {
      gate.resolve();
      await done;
    });
    expect(result.current).toMatchObject({ running: false, error: null });
  });

  it('keeps the failure until the next attempt, which starts from empty progress', async () => {
    const { result } = renderHook(() => useAction<number>());
    const failure = new Error('network');
    await act(() =>
      result.current.run(async (onProgress) => {
        onProgress(5);
        throw failure;
      }),
    );
    expect(result.current).toMatchObject({ running: false, error: failure, progress: 5 });

    const gate = deferred();
    let done!: Promise<void>;
    act(() => {
      done = result.current.run(() => gate.promise);
    });
    expect(result.current).toMatchObject({ running: true, error: null, progress: null });
    await act(async () => {
      gate.resolve();
      await done;
    });
    expect(result.current.error).toBeNull();
  });

  it('runs onError after a failure while still running, and the button frees only after it', async () => {
    const seen: unknown[] = [];
    const recovery = deferred();
    const options: ActionOptions = {
      onError: async (error) => {
        seen.push(error);
        await recovery.promise;
      },
    };
    const { result } = renderHook(() => useAction(options));
    const failure = new Error('lost answer');
    let done!: Promise<void>;
    await act(async () => {
      done = result.current.run(() => Promise.reject(failure));
      await Promise.resolve();
    });
    expect(seen).toEqual([failure]);
    expect(result.current).toMatchObject({ running: true, error: failure });

    await act(async () => {
      recovery.resolve();
      await done;
    });
    expect(result.current).toMatchObject({ running: false, error: failure });
  });

  it('does not call onError after a success', async () => {
    const calls: unknown[] = [];
    const { result } = renderHook(() => useAction({ onError: (error) => void calls.push(error) }));
    await act(() => result.current.run(async () => 'ok'));
    expect(calls).toEqual([]);
    expect(result.current.error).toBeNull();
  });

  it('setError shows a failure found before the work started and clears it with null', () => {
    const { result } = renderHook(() => useAction());
    const failure = new Error('bad zone');
    act(() => result.current.setError(failure));
    expect(result.current).toMatchObject({ running: false, error: failure });
    act(() => result.current.setError(null));
    expect(result.current.error).toBeNull();
  });
});
