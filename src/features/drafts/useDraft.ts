// A form's state that autosaves, encrypted, at least once a second while the person types.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, loadDraft, saveDraft } from './store';
import { markUnsaved } from '../../lib/unsaved';

// Under a second, so a save still in flight when the worker dies loses at most the last second.
export const DRAFT_INTERVAL_MS = 800;

export interface Draft<T> {
  value: T;
  /** True once any saved draft has been loaded (or none was found). */
  ready: boolean;
  /** True when a saved draft was restored into the form. */
  restored: boolean;
  set(next: T | ((prev: T) => T)): void;
  /** Call after the real save: the draft is no longer needed. */
  discard(): Promise<void>;
}

export function useDraft<T>(key: string, initial: T): Draft<T> {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const latest = useRef(value);
  const id = useRef<string | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const lastSave = useRef(0);
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    void loadDraft<T>(key).then((found) => {
      if (!live) return;
      if (found) {
        id.current = found.id;
        latest.current = found.value;
        setValue(found.value);
        setRestored(true);
      }
      setReady(true);
    }, () => live && setReady(true));
    return () => {
      live = false;
      clearTimeout(timer.current);
      // Leaving the form (not saving it): write what is there now, if anything changed.
      if (dirty.current) void saveDraft(key, latest.current, id.current).catch(() => undefined);
      markUnsaved(key, false);
    };
  }, [key]);

  const flush = useCallback(async () => {
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    lastSave.current = Date.now();
    try {
      id.current = await saveDraft(key, latest.current, id.current);
    } catch {
      dirty.current = true; // locked or storage full: try again on the next keystroke
    }
  }, [key]);

  const set = useCallback((next: T | ((prev: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
    latest.current = resolved;
    dirty.current = true;
    markUnsaved(key, true);
    setValue(resolved);
    if (timer.current !== undefined) return;
    const wait = Math.max(0, lastSave.current + DRAFT_INTERVAL_MS - Date.now());
    // Throttle, not debounce: continuous typing still saves every second.
    timer.current = setTimeout(() => void flush(), wait) as unknown as number;
  }, [key, flush]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    markUnsaved(key, false);
    id.current = undefined;
    await deleteDraft(key);
  }, [key]);

  return { value, ready, restored, set, discard };
}
