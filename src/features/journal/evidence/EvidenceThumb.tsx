// A small preview of one piece of evidence: the decrypted thumbnail, or a label for its kind.
import { t } from '../../../i18n';
import type { EvidenceRef } from '../model';
import { mediaKind } from '../labels';
import { useEvidenceUrl } from './useEvidenceUrl';

export function EvidenceThumb({ item }: { item: EvidenceRef }) {
  const { url } = useEvidenceUrl(item.thumbId);
  if (url) return <img class="thumb" src={url} alt="" width={96} height={96} />;
  return <span class="thumb thumb-kind" aria-hidden="true">{t(`journal.evidence.kind.${mediaKind(item.type)}`)}</span>;
}
