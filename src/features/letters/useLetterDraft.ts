// A letter being composed: its state, autosaved encrypted at least once a second while edited.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { markUnsaved } from '../../lib/unsaved';
import type { LetterContent } from './model';
import { saveDraft } from './store';

export const AUTOSAVE_MS = 1000;
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface LetterDraft {
  content: LetterContent;
  /** The letter's record id once it has been saved the first time. */
  id: string | undefined;
  state: SaveState;
  error: unknown;
  set(update: (prev: LetterContent) => LetterContent): void;
  /** Writes now (before marking sent or leaving); resolves to the id. */
  flush(): Promise<string | undefined>;
  /** Forget pending writes (the draft was deleted or sent). */
  stop(): void;
}

export function useLetterDraft(initial: LetterContent, initialId?: string): LetterDraft {
  const [content, setContent] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>();
  const [id, setId] = useState(initialId);
  const latest = useRef(initial);
  const idRef = useRef(initialId);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSave = useRef(0);
  const formKey = useRef(`letter:${initialId ?? Math.random().toString(36).slice(2)}`).current;
  // One write at a time: a second one waits, so a new letter never gets two records.
  const writing = useRef<Promise<unknown>>(Promise.resolve());

  const write = useCallback(async (): Promise<string | undefined> => {
    const run = writing.current.then(async () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      if (!dirty.current) return idRef.current;
      dirty.current = false;
      lastSave.current = Date.now();
      setState('saving');
      try {
        idRef.current = await saveDraft(latest.current, idRef.current);
        setId(idRef.current);
        setState('saved');
        setError(undefined);
        if (!dirty.current) markUnsaved(formKey, false);
      } catch (err) {
        dirty.current = true; // locked or storage full: the next edit tries again
        setState('failed');
        setError(err);
      }
      return idRef.current;
    });
    writing.current = run.catch(() => undefined);
    return run;
  }, [formKey]);

  const set = useCallback((update: (prev: LetterContent) => LetterContent) => {
    latest.current = update(latest.current);
    dirty.current = true;
    markUnsaved(formKey, true);
    setContent(latest.current);
    if (timer.current !== undefined) return;
    // Throttle, not debounce: steady typing still saves every second.
    const wait = Math.max(0, lastSave.current + AUTOSAVE_MS - Date.now());
    timer.current = setTimeout(() => void write(), wait);
  }, [write, formKey]);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    markUnsaved(formKey, false);
  }, [formKey]);

  useEffect(() => () => {
    // Leaving the composer keeps what was typed.
    if (dirty.current) void write();
    clearTimeout(timer.current);
    markUnsaved(formKey, false);
  }, [write, formKey]);

  return { content, id, state, error, set, flush: write, stop };
}
