// "Add evidence": photos, screenshots, PDFs and audio go straight into the encrypted store,
// byte for byte, with their SHA-256; the form keeps only references.
import { useState } from 'preact/hooks';
import { t, formatNumber } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import type { EvidenceRef } from '../model';
import { addEvidence, discardEvidence } from '../store';
import { EvidenceThumb } from './EvidenceThumb';
import { sizeLabel } from '../labels';
import { fileTime } from './fileTime';

export const ACCEPT = 'image/*,application/pdf,audio/*,video/*,.heic,.heif,.pdf,.m4a,.mp3,.wav,.ogg,.opus,.amr,.aac,.mp4,.mov,.webm,.3gp';

export function isAcceptable(file: File): boolean {
  return /^(image|audio|video)\//.test(file.type) || file.type === 'application/pdf' || /\.(heic|heif|pdf|m4a|mp3|wav|ogg|opus|amr|aac|mp4|mov|webm|3gp)$/i.test(file.name);
}

export function EvidencePicker({ value, onChange }: { value: EvidenceRef[]; onChange(next: EvidenceRef[]): void }) {
  const [progress, setProgress] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    setProblem('');
    setBusy(true);
    let list = value;
    for (const file of files) {
      if (!isAcceptable(file)) {
        setProblem(t('journal.evidence.unsupported', { name: file.name }));
        continue;
      }
      try {
        setProgress(t('journal.evidence.adding', { name: file.name, percent: 0 }));
        const taken = await fileTime(file);
        const ref = await addEvidence(file, (f) => setProgress(t('journal.evidence.adding', { name: file.name, percent: formatNumber(Math.round(f * 100)) })));
        list = [...list, { ...ref, takenAt: taken.at, takenFrom: taken.source }];
        onChange(list);
      } catch (error) {
        setProblem(errorMessage(error));
      }
    }
    setProgress(files.length ? t('journal.evidence.added', { count: list.length - value.length }) : '');
    setBusy(false);
  };

  const remove = (ref: EvidenceRef) => {
    onChange(value.filter((e) => e.blobId !== ref.blobId));
    // Only deleted if no saved version refers to it: amendments never lose an original.
    void discardEvidence([ref]).catch(() => undefined);
  };

  return (
    <section aria-labelledby="j-evidence" class="evidence-picker">
      <h2 id="j-evidence">{t('journal.evidence.title')}</h2>
      <p class="hint" id="j-evidence-hint">{t('journal.advice.evidence')}</p>
      <div class="field">
        <label for="j-add-evidence">{t('journal.evidence.add')}</label>
        <input id="j-add-evidence" type="file" multiple accept={ACCEPT} disabled={busy} aria-describedby="j-evidence-hint"
          onChange={(e) => void add(e.currentTarget)} />
      </div>
      <p role="status" class="hint">{progress}</p>
      {problem && <p role="alert" class="error">{problem}</p>}
      {value.length > 0 && (
        <ul class="evidence-list">
          {value.map((item) => (
            <li key={item.blobId} class="evidence-item">
              <EvidenceThumb item={item} />
              <div>
                <p class="evidence-name">{item.name}</p>
                <p class="hint">{sizeLabel(item.size)} · {t('journal.evidence.sha')} <span class="mono">{item.sha256.slice(0, 16)}…</span></p>
                <button type="button" class="secondary" onClick={() => remove(item)}>{t('journal.evidence.remove', { name: item.name })}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
