// A photo picker, the camera or a share sheet hides the page for a moment; the auto-lock lets
// that pass (for a while). Pickers are noticed here, in one place, for every screen.

let openedAt = -Infinity;

/** Call right before opening a share sheet (file inputs are noticed on their own). */
export function openingPicker(): void {
  openedAt = performance.now();
}

/** Whether a picker was opened less than `graceMs` ago. */
export function inPickerGrace(graceMs: number): boolean {
  return performance.now() - openedAt < graceMs;
}

/** Every file input, whichever screen it is on, opens a picker when activated. */
export function watchFileInputs(): () => void {
  const onClick = (event: Event) => {
    const target = event.target as { tagName?: string; type?: string } | null;
    if (target?.tagName === 'INPUT' && target.type === 'file') openingPicker();
  };
  addEventListener('click', onClick, true);
  return () => removeEventListener('click', onClick, true);
}

/** The grace ends once the person is back: the next switch away locks as usual. */
export function endPickerGrace(): void {
  openedAt = -Infinity;
}
