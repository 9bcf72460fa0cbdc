// A letter being composed: its record, autosaved encrypted through the one autosave hook.
import { useCallback, useRef, useState } from 'preact/hooks';
import { useAutosave, type SaveState } from '../drafts/useAutosave';
import type { LetterContent } from './model';
import { saveDraft } from './store';

export type { SaveState };

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
  const [id, setId] = useState(initialId);
  const idRef = useRef(initialId);
  const formKey = useRef(`letter:${initialId ?? crypto.randomUUID()}`).current;
  const save = useCallback(async (content: LetterContent) => {
    idRef.current = await saveDraft(content, idRef.current);
    setId(idRef.current);
  }, []);
  const form = useAutosave(formKey, initial, save);
  const flush = useCallback(async () => {
    await form.flush();
    return idRef.current;
  }, [form.flush]);
  return { content: form.value, id, state: form.state, error: form.error, set: form.set, flush, stop: form.stop };
}
