// One piece of evidence in an entry: preview, fingerprint, and the original decrypted only
// when opened (and forgotten again when closed).
import { useState } from 'preact/hooks';
import { t, formatDateTime } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import type { EvidenceRef } from '../model';
import { evidenceBlob } from '../store';
import { EvidenceThumb } from './EvidenceThumb';
import { mediaKind, neutralName, sizeLabel } from '../labels';
import { ShareNow, useHandOver } from '../../../ui/ShareNow';
import { useEvidenceUrl } from './useEvidenceUrl';

/** Why a player stopped: the file read (the stream broke: locked, unreadable) or this browser's codecs. */
type Stopped = 'failed' | 'cannotPlay' | null;

function Viewer({ item }: { item: EvidenceRef }) {
  const kind = mediaKind(item.type);
  const { url, failed } = useEvidenceUrl(item.blobId, kind === 'video' || kind === 'audio');
  const [stopped, setStopped] = useState<Stopped>(null);
  const label = t('journal.evidence.viewerLabel', { name: item.name });
  if (failed || stopped === 'failed') return <p role="alert" class="error">{t('journal.evidence.failed')}</p>;
  if (stopped === 'cannotPlay') return <p role="status" class="hint">{t('journal.evidence.cannotPlay')}</p>;
  if (!url) return <p role="status" class="hint">{t('journal.evidence.opening')}</p>;
  const stop = (event: Event) => {
    const code = (event.currentTarget as HTMLMediaElement).error?.code;
    setStopped(code === MediaError.MEDIA_ERR_NETWORK ? 'failed' : 'cannotPlay');
  };
  switch (kind) {
    case 'image': return <img class="viewer-img" src={url} alt={label} />;
    case 'audio': return <audio class="viewer-audio" src={url} controls preload="metadata" aria-label={label} onError={stop} />;
    case 'video': return <video class="viewer-video" src={url} controls playsInline preload="metadata" aria-label={label} onError={stop} />;
    case 'pdf': return <iframe class="viewer-pdf" src={url} title={label} />;
    default: return null;
  }
}

function extension(name: string): string {
  const m = /\.([a-z0-9]{1,5})$/i.exec(name);
  return m ? m[1]!.toLowerCase() : 'bin';
}

export function EvidenceItem({ item, number }: { item: EvidenceRef; number: number }) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState('');
  const share = useHandOver();
  const save = async () => {
    setProblem('');
    try {
      // Decrypting takes a moment: a phone then needs a second tap to share (ShareNow below).
      const blob = await evidenceBlob(item.blobId);
      share.handOver(new File([blob], neutralName(`file-${number}`, extension(item.name)), { type: blob.type || item.type }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const viewable = mediaKind(item.type) !== 'file';
  return (
    <li class="evidence-item">
      <EvidenceThumb item={item} />
      <div class="evidence-meta">
        <p class="evidence-name">{item.name}</p>
        <p class="hint">{sizeLabel(item.size)} · {t('journal.evidence.addedAt', { date: formatDateTime(item.addedAt) })}</p>
        <p class="hint">{t('journal.evidence.sha')} <span class="mono break">{item.sha256}</span></p>
        <div class="row">
          {viewable && (
            <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t('journal.evidence.hide', { name: item.name }) : t('journal.evidence.view', { name: item.name })}
            </button>
          )}
          <button type="button" class="secondary" aria-describedby="j-dl-hint" onClick={() => void save()}>{t('journal.evidence.download')}</button>
        </div>
        <ShareNow file={share.pending} />
        {problem && <p role="alert" class="error">{problem}</p>}
      </div>
      {open && <div class="viewer"><Viewer item={item} /></div>}
    </li>
  );
}
