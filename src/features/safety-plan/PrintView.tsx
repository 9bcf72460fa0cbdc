// The printable plan: a plain document to print or download (neutral file name) for an advocate.
import { useState } from 'preact/hooks';
import { formatDate, getLang, t, translate } from '../../i18n';
import { useRouter } from '../../ui/router';
import { saveFile } from '../../ui/download';
import type { Plan } from './model';
import { neutralFileName, planToHtml, planToText, printableSections, type Translate } from './printable';

export function PrintView({ plan }: { plan: Plan }) {
  const { go } = useRouter();
  const [status, setStatus] = useState('');
  const lang = getLang();
  const tr: Translate = (key, params) => translate(lang, key, params);
  const sections = printableSections(plan, tr);
  const preparedOn = formatDate(Date.now());

  function download(kind: 'html' | 'txt') {
    const name = neutralFileName(new Date(), kind);
    if (kind === 'html') saveFile(planToHtml(sections, tr, preparedOn, lang), name, 'text/html;charset=utf-8');
    else saveFile(planToText(sections, tr, preparedOn), name, 'text/plain;charset=utf-8');
    setStatus(t('plan.downloaded', { name }));
  }

  return (
    <div class="plan-print-view">
      <button type="button" class="secondary back no-print" onClick={() => go({ screen: 'plan' })}><span class="flip-rtl" aria-hidden="true">←</span> {t('plan.back')}</button>
      <h2 class="no-print" tabIndex={-1} data-heading>{t('plan.printView')}</h2>
      <p class="hint no-print">{t('plan.printIntro')}</p>
      <div class="row no-print">
        <button type="button" onClick={() => window.print()}>{t('plan.print')}</button>
        <button type="button" class="secondary" onClick={() => download('html')}>{t('plan.downloadHtml')}</button>
        <button type="button" class="secondary" onClick={() => download('txt')}>{t('plan.downloadText')}</button>
      </div>
      <p class="no-print" role="status">{status}</p>
      <article class="plan-print" aria-label={t('plan.printView')}>
        <p>{t('plan.preparedOn', { date: preparedOn })}</p>
        {sections.map((s) => (
          <section key={s.id} aria-labelledby={`print-${s.id}`}>
            <h3 id={`print-${s.id}`}>{s.title}{s.skipped && <small> ({t('plan.sectionSkipped')})</small>}</h3>
            {!s.skipped && (
              <ul class="print-items">
                {s.items.map((item, i) => (
                  <li key={i} class={item.done ? 'done' : undefined}>
                    <span aria-hidden="true">{item.done ? '☑' : '☐'}</span> {item.label} <span class="visually-hidden">({t(item.done ? 'plan.done' : 'plan.todo')})</span>
                  </li>
                ))}
              </ul>
            )}
            {s.notes && <><h4>{t('plan.notes')}</h4><p class="print-notes">{s.notes}</p></>}
            {s.contacts.length > 0 && (
              <>
                <h4>{t('plan.contacts')}</h4>
                <ul>{s.contacts.map((c, i) => <li key={i}>{[`${c.name} (${c.role})`, c.phone, c.note].filter(Boolean).join(' — ')}</li>)}</ul>
              </>
            )}
          </section>
        ))}
      </article>
    </div>
  );
}
