// "One entry per file": several screenshots picked at once become one entry each, at the time
// each file says it was made, shown (and editable) so the person confirms it before saving.
import { t } from '../../../i18n';
import type { EvidenceRef } from '../model';
import { toLocalInput } from '../model';

export interface PerFile { on: boolean; times: Record<string, string> }

/** The time shown for a file: what the person typed, else what the file says. */
export function perFileTime(perFile: PerFile | undefined, ref: EvidenceRef): string {
  return perFile?.times[ref.blobId] ?? toLocalInput(ref.takenAt ?? ref.addedAt);
}

export function OnePerFile({ evidence, value, onChange }: { evidence: EvidenceRef[]; value: PerFile | undefined; onChange(next: PerFile): void }) {
  const current = value ?? { on: false, times: {} };
  return (
    <fieldset class="one-per-file">
      <legend class="visually-hidden">{t('journal.evidence.onePerFile')}</legend>
      <label class="check" for="j-one-per-file">
        <input id="j-one-per-file" type="checkbox" checked={current.on} aria-describedby="j-one-per-file-hint"
          onChange={(e) => onChange({ ...current, on: e.currentTarget.checked })} />
        {t('journal.evidence.onePerFile')}
      </label>
      <p id="j-one-per-file-hint" class="hint">{t('journal.evidence.onePerFileHint')}</p>
      {current.on && evidence.map((ref) => (
        <div class="field" key={ref.blobId}>
          <label for={`j-time-${ref.blobId}`}>{t('journal.evidence.fileTime', { name: ref.name })}</label>
          <input id={`j-time-${ref.blobId}`} type="datetime-local" value={perFileTime(current, ref)} aria-describedby={`j-time-${ref.blobId}-src`}
            onInput={(e) => onChange({ ...current, times: { ...current.times, [ref.blobId]: e.currentTarget.value } })} />
          <p id={`j-time-${ref.blobId}-src`} class="hint">{t(ref.takenFrom === 'exif' ? 'journal.evidence.fromExif' : 'journal.evidence.fromModified')}</p>
        </div>
      ))}
    </fieldset>
  );
}
