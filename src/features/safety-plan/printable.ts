// The plan as a document for an advocate: one structure, rendered on screen, as text and as HTML.
import type { MessageKey, Params } from '../../i18n';
import { visibleItems, type Plan, type PlanItem } from './model';
import { SECTION_IDS, type SectionId } from './sections';

export type Translate = (key: MessageKey, params?: Params) => string;

export interface PrintSection {
  id: SectionId;
  title: string;
  skipped: boolean;
  items: Array<{ label: string; done: boolean }>;
  notes: string;
  contacts: Array<{ name: string; role: string; phone: string; note: string }>;
}

export function itemLabel(item: PlanItem, tr: Translate): string {
  return item.text ?? (item.suggestion ? tr(`plan.sug.${item.suggestion}`) : '');
}

export function printableSections(plan: Plan, tr: Translate): PrintSection[] {
  return SECTION_IDS.map((id) => {
    const section = plan.sections[id];
    return {
      id,
      title: tr(`plan.section.${id}`),
      skipped: section.skipped,
      items: visibleItems(section).map((item) => ({ label: itemLabel(item, tr), done: item.done })),
      notes: section.notes.trim(),
      contacts: section.contacts.map((c) => ({ name: c.name, role: tr(`resources.role.${c.role}`), phone: c.phone, note: c.note })),
    };
  });
}

/** A download name that says nothing about what is inside: notes-2026-11-23.html. */
export function neutralFileName(now: Date, extension: 'html' | 'txt'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

function contactLine(c: PrintSection['contacts'][number]): string {
  return [`${c.name} (${c.role})`, c.phone, c.note].filter(Boolean).join(' — ');
}

export function planToText(sections: readonly PrintSection[], tr: Translate, preparedOn: string): string {
  const lines = [tr('plan.title'), tr('plan.preparedOn', { date: preparedOn }), ''];
  for (const s of sections) {
    lines.push(`== ${s.title}${s.skipped ? ` (${tr('plan.sectionSkipped')})` : ''} ==`);
    if (!s.skipped) for (const item of s.items) lines.push(`[${item.done ? 'x' : ' '}] ${item.label}`);
    if (s.notes) lines.push('', `${tr('plan.notes')}:`, ...s.notes.split('\n').map((l) => `  ${l}`));
    if (s.contacts.length) lines.push('', `${tr('plan.contacts')}:`, ...s.contacts.map((c) => `  - ${contactLine(c)}`));
    lines.push('');
  }
  return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

// A standalone page: no script, nothing loaded from anywhere, readable and printable offline.
const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#111}'
  + 'h2{border-bottom:1px solid #888;margin-top:2rem}ul{padding-left:1.5rem}.done{text-decoration:line-through}'
  + '.notes{white-space:pre-wrap}@media print{body{margin:0}}';

export function planToHtml(sections: readonly PrintSection[], tr: Translate, preparedOn: string, lang: string): string {
  const e = escapeHtml;
  const body = sections.map((s) => {
    const parts = [`<h2>${e(s.title)}${s.skipped ? ` <small>(${e(tr('plan.sectionSkipped'))})</small>` : ''}</h2>`];
    if (!s.skipped && s.items.length) {
      parts.push('<ul>', ...s.items.map((i) => `<li${i.done ? ' class="done"' : ''}>${i.done ? '☑' : '☐'} ${e(i.label)} <small>(${e(tr(i.done ? 'plan.done' : 'plan.todo'))})</small></li>`), '</ul>');
    }
    if (s.notes) parts.push(`<h3>${e(tr('plan.notes'))}</h3>`, `<p class="notes">${e(s.notes)}</p>`);
    if (s.contacts.length) parts.push(`<h3>${e(tr('plan.contacts'))}</h3>`, '<ul>', ...s.contacts.map((c) => `<li>${e(contactLine(c))}</li>`), '</ul>');
    return parts.join('\n');
  });
  return [
    '<!doctype html>',
    `<html lang="${e(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(tr('plan.title'))}</title><style>${STYLE}</style></head><body>`,
    `<h1>${e(tr('plan.title'))}</h1>`,
    `<p>${e(tr('plan.preparedOn', { date: preparedOn }))}</p>`,
    ...body,
    '</body></html>',
  ].join('\n');
}
