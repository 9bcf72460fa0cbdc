// A form's state kept as an encrypted draft record (journal entries, the person): restored when
// the form opens again, autosaved by the one autosave hook, discarded after the real save.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, loadDraft, saveDraft } from './store';
import { useAutosave } from './useAutosave';

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

/** `read`: shapes a stored draft for the form (null: unusable, the form starts from `initial`):
 *  a draft that decrypted but has the wrong shape must not break the form that restores it. */
export function useDraft<T>(key: string, initial: T, read: (stored: unknown) => T | null = (stored) => stored as T): Draft<T> {
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  /** undefined: not looked up yet; null: there is none (the first save creates it). */
  const id = useRef<string | null | undefined>(undefined);
  const save = useCallback(async (value: T) => {
    id.current = await saveDraft(key, value, id.current);
  }, [key]);
  const form = useAutosave<T>(key, initial, save);

  useEffect(() => {
    let live = true;
    void loadDraft<T>(key).then((found) => {
      if (!live) return;
      id.current = found?.id ?? null;
      const value = found ? read(found.value) : null;
      if (value !== null) {
        form.replace(value);
        setRestored(true);
      }
      setReady(true);
    }, () => live && setReady(true));
    return () => {
      live = false;
    };
  }, [key]);

  const discard = useCallback(async () => {
    form.stop();
    id.current = null;
    await deleteDraft(key);
  }, [key, form.stop]);

  return { value: form.value, ready, restored, set: form.set, discard };
}
