// Tracks open, unsaved forms so an update never reloads the page under someone's writing.
const dirty = new Set<string>();

export function markUnsaved(formId: string, isDirty: boolean): void {
  if (isDirty) dirty.add(formId);
  else dirty.delete(formId);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}
