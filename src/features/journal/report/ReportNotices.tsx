// The printed report's no-contact notices: each one's full text as sent, where it went, and
// its proof by exhibit number (the packet's PDF holds the same).
import { t, formatDateTime } from '../../../i18n';
import type { Report } from './report';
import type { NoticeText } from './noticeTexts';

export function ReportNotices({ report, texts }: { report: Report; texts: Map<string, NoticeText | null> | undefined }) {
  const sent = report.entries.filter((e) => e.data.kind === 'notice');
  if (!sent.length) return null;
  return (
    <section aria-labelledby="r-notices">
      <h3 id="r-notices">{t('journal.pdf.notices')}</h3>
      {sent.map((e) => {
        const text = texts?.get(e.id);
        return (
          <article key={e.id} class="report-notice">
            <h4>{e.data.notice?.title ?? e.data.what} · {formatDateTime(e.data.occurredAt)}</h4>
            {e.data.notice?.channel && <p class="meta">{t('journal.notice.channel')}: {e.data.notice.channel}</p>}
            {text === undefined ? <p class="meta">{t('journal.report.preparing')}</p>
              : text === null ? <p class="meta">{t('journal.pdf.noticeMissing')}</p>
                : (
                  <>
                    {text.reference && <p class="meta">{t('journal.report.noticeReference')}: {text.reference}</p>}
                    <p><strong>{t('journal.pdf.noticeText')}</strong></p>
                    <blockquote class="notice-text">{[text.subject, text.body].filter(Boolean).join('\n\n')}</blockquote>
                  </>
                )}
            <p><strong>{e.exhibits.length
              ? t('journal.pdf.proof', { list: e.exhibits.map((x) => `${t('journal.report.exhibit', { n: x.n })} (${x.ref.name})`).join(', ') })
              : t('journal.pdf.noProof')}</strong></p>
          </article>
        );
      })}
    </section>
  );
}
