// The one autosave for every form (journal entries, letters, plan notes): throttled writes while
// typing, one write at a time, a write on leaving the form, and a last write as the vault locks
// (Quick exit, Lock, auto-lock, switching apps), so nothing typed up to that instant is lost.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { markUnsaved } from '../../lib/unsaved';
import { onLastWrite } from './store';

/** Under a second, so a crash loses at most the last second (a lock loses nothing). */
export const AUTOSAVE_MS = 800;
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface Autosave<T> {
  value: T;
  state: SaveState;
  error: unknown;
  set(next: T | ((prev: T) => T)): void;
  /** Shows a value loaded from storage, without writing it back. */
  replace(value: T): void;
  /** Writes now if anything changed (before marking sent, say). */
  flush(): Promise<void>;
  /** Forgets pending changes (the form was saved for real, or deleted). */
  stop(): void;
}

/** `formKey` names the form for the update prompt; `save` writes one value (it may change per render). */
export function useAutosave<T>(formKey: string, initial: T, save: (value: T) => Promise<void>): Autosave<T> {
  const [value, setValue] = useState<T>(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>();
  const latest = useRef(initial);
  const dirty = useRef(false);
  const live = useRef(true);
  const saver = useRef(save);
  saver.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSave = useRef(0);
  // One write at a time, in order: a new record is never created twice.
  const writing = useRef<Promise<void>>(Promise.resolve());

  const write = useCallback((): Promise<void> => {
    const run = writing.current.then(async () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      if (!dirty.current) return;
      dirty.current = false;
      lastSave.current = Date.now();
      if (live.current) setState('saving');
      try {
        await saver.current(latest.current);
        if (!dirty.current) markUnsaved(formKey, false);
        if (live.current) {
          setState('saved');
          setError(undefined);
        }
      } catch (err) {
        dirty.current = true; // locked or storage full: the next change tries again
        if (live.current) {
          setState('failed');
          setError(err);
        }
      }
    });
    writing.current = run.catch(() => undefined);
    return run;
  }, [formKey]);

  const set = useCallback((next: T | ((prev: T) => T)) => {
    latest.current = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
    dirty.current = true;
    markUnsaved(formKey, true);
    setValue(latest.current);
    if (timer.current !== undefined) return;
    // Throttle, not debounce: steady typing still saves every AUTOSAVE_MS.
    const wait = Math.max(0, lastSave.current + AUTOSAVE_MS - Date.now());
    timer.current = setTimeout(() => void write(), wait);
  }, [write, formKey]);

  const replace = useCallback((loaded: T) => {
    latest.current = loaded;
    setValue(loaded);
  }, []);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    markUnsaved(formKey, false);
  }, [formKey]);

  useEffect(() => {
    live.current = true;
    // The vault is locking: write what is typed now; it waits (briefly) for this write.
    const unregister = onLastWrite(() => (dirty.current ? write() : undefined));
    return () => {
      live.current = false;
      unregister();
      // Leaving the form (not saving it) keeps what was typed.
      if (dirty.current) void write();
      clearTimeout(timer.current);
      markUnsaved(formKey, false);
    };
  }, [write, formKey]);

  return { value, state, error, set, replace, flush: write, stop };
}
