// The report as files: a self-contained HTML page (thumbnails inlined) and a CSV of entries.
import { t, getLang, type MessageKey } from '../../../i18n';
import reportCss from './report.css?inline';
import { entriesCsv, type CsvText } from './csv';
import type { Report, OmitField } from './report';
import { channelLabel, childrenLabel, importedLine, lateLine, sparcLabel } from '../labels';
import { toLocalInput, type ChildrenPresent, type SparcKind } from '../model';
import { deviceZone, isoWithOffset } from '../../../lib/zone';

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A copy of the rendered report whose images no longer depend on this page's object URLs. */
export async function reportHtml(doc: HTMLElement, thumbBlobs: Map<string, Blob>): Promise<Blob> {
  const clone = doc.cloneNode(true) as HTMLElement;
  for (const img of clone.querySelectorAll<HTMLImageElement>('img[data-thumb]')) {
    const blob = thumbBlobs.get(img.dataset.thumb ?? '');
    if (blob) img.src = await dataUrl(blob);
    else img.remove();
  }
  const html = `<!doctype html>
<html lang="${getLang()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(t('journal.report.docTitle'))}</title>
<style>${reportCss}</style>
</head>
<body class="report-file">
${clone.outerHTML}
</body>
</html>
`;
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}

const CSV_HEADER: Record<string, MessageKey> = {
  number: 'journal.csv.number', occurredAt: 'journal.field.when', recordedAt: 'journal.field.recordedAt', kind: 'journal.csv.kind',
  occurredIso: 'journal.csv.happenedIso', recordedIso: 'journal.csv.writtenIso',
  afterNotice: 'journal.badge.after', channels: 'journal.field.how', what: 'journal.field.what', exactWords: 'journal.field.exactWords',
  where: 'journal.field.where', witnesses: 'journal.field.witnesses', children: 'journal.field.children',
  weaponOrVehicle: 'journal.field.weaponOrVehicle', policeContacted: 'journal.field.policeContacted', officer: 'journal.field.officer',
  badge: 'journal.field.badge', reportNumber: 'journal.field.reportNumber', otherReports: 'journal.field.otherReports',
  impact: 'journal.field.impact', evidence: 'journal.field.evidence', versions: 'journal.csv.versions', hash: 'journal.csv.hash',
  times: 'journal.csv.times', sparc: 'journal.field.sparc', inOrder: 'journal.badge.order', writtenLate: 'late.csvHeader', importedFrom: 'import.csvHeader',
};

export function reportCsv(report: Report, omit: OmitField[], zone = deviceZone()): Blob {
  const text: CsvText = {
    iso: (ms, own) => isoWithOffset(ms, own ?? zone),
    header: (c) => t(CSV_HEADER[c]!),
    date: (ms) => `${toLocalInput(ms).replace('T', ' ')}:${String(new Date(ms).getSeconds()).padStart(2, '0')}`,
    yesNo: (v) => t(v ? 'journal.children.yes' : 'journal.children.no'),
    children: (v) => childrenLabel(v as ChildrenPresent),
    kind: (v) => t(v === 'notice' ? 'journal.badge.notice' : 'journal.csv.incident'),
    channel: (v) => channelLabel(v as never),
    sparc: (v) => sparcLabel(v as SparcKind),
    late: (written, happened) => lateLine(written, happened),
    imported: (e) => `${importedLine(e.importedFrom!.info, e.recordedAt, e.importedFrom!.happened)} · ${t('import.sha', { sha: e.importedFrom!.info.sha256 })}`,
  };
  return new Blob([entriesCsv(report.entries, omit, text)], { type: 'text/csv;charset=utf-8' });
}
