// How the Quick exit control looks: Daybook's red, labelled button, or, on a disguise's locked
// front, a plain close mark that looks like that app's own. Its accessible name never changes.

export interface ExitLook {
  className: string;
  /** The accessible name (aria-label): "Quick exit" in the person's language, always. */
  label: string;
  /** What is painted: the words, or a close mark that names nothing. */
  text: string;
}

/** A plain close mark, as text (not CSS) so the control still shows when no style loads. */
export const CLOSE_MARK = '✕';

export function exitLook(native: boolean, label: string): ExitLook {
  return native
    ? { className: 'quick-exit native', label, text: CLOSE_MARK }
    : { className: 'quick-exit', label, text: label };
}
