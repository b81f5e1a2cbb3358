import { useCallback, useEffect, useRef, useState } from 'react';

export type LoadState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown; data?: T };

/**
 * Loads `fn` whenever `key` changes; a slower, older response never overwrites a newer one.
 * Keeps the previous data while reloading so filters don't flash the page empty.
 */
export function useLoad<T>(fn: () => Promise<T>, key: string): [LoadState<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const seq = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ status: 'loading', data: s.data }));
    fnRef.current().then(
      (data) => {
        if (mine === seq.current) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (mine === seq.current) setState((s) => ({ status: 'error', error, data: s.data }));
      },
    );
  }, []);

  useEffect(run, [key, run]);
  const set = useCallback((data: T) => setState({ status: 'ok', data }), []);
  return [state, run, set];
}
