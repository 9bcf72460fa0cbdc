// The full text of each sent notice in a report (the printed report and the packet's PDF both
// hold it), read from the letters feature only when a report is made, and redacted like the rest.
import { redact, type Report, type ReportOptions } from './report';

export interface NoticeText { subject: string; body: string; reference: string }

export async function readNoticeText(letterId: string): Promise<NoticeText | null> {
  const letters = await import('../../letters/store');
  const sent = (await letters.getLetter(letterId))?.sent;
  return sent ? { subject: sent.subject, body: sent.body, reference: sent.reference } : null;
}

/** By entry id; null where the letter is no longer there (deleted, or from another device). */
export async function noticeTexts(report: Report, words: ReportOptions['redact'], read = readNoticeText): Promise<Map<string, NoticeText | null>> {
  const out = new Map<string, NoticeText | null>();
  const r = (s: string) => redact(s, words).text;
  for (const e of report.entries) {
    if (e.data.kind !== 'notice' || !e.data.notice) continue;
    const text = await read(e.data.notice.letterId).catch(() => null);
    out.set(e.id, text && { subject: r(text.subject), body: r(text.body), reference: r(text.reference) });
  }
  return out;
}
