// The printable plan: neutral file names, text and HTML that carry the plan and nothing executable.
import { describe, expect, it } from 'vitest';
import { addItem, emptyPlan, saveContact, setItemDone, setNotes, setSkipped } from '../../src/features/safety-plan/model';
import { escapeHtml, neutralFileName, planToHtml, planToText, printableSections, type Translate } from '../../src/features/safety-plan/printable';
import { translate } from '../../src/i18n';

const en: Translate = (key, params) => translate('en', key, params);
const es: Translate = (key, params) => translate('es', key, params);

function samplePlan() {
  let plan = setItemDone(emptyPlan(), 'people', 'peopleCodeWord', true);
  plan = addItem(plan, 'people', 'Tell <Sam> & "Jo"', 'own');
  plan = setNotes(plan, 'people', 'Code word: pineapple\nSecond line');
  plan = saveContact(plan, 'people', { name: 'Ana', role: 'trusted', phone: '555 0100', note: '' }, 'c1');
  return setSkipped(plan, 'pets', true);
}

describe('neutral file name', () => {
  it('says only "notes" and the date', () => {
    expect(neutralFileName(new Date(2026, 10, 3), 'html')).toBe('notes-2026-11-03.html');
    expect(neutralFileName(new Date(2026, 0, 23), 'txt')).toBe('notes-2026-01-23.txt');
  });
});

describe('printable sections', () => {
  it('lists every section with the visible actions in the current language', () => {
    const sections = printableSections(samplePlan(), en);
    expect(sections).toHaveLength(11);
    const people = sections.find((s) => s.id === 'people')!;
    expect(people.title).toBe('My people');
    expect(people.items.find((i) => i.done)?.label).toBe(en('plan.sug.peopleCodeWord'));
    expect(people.items.at(-1)).toEqual({ label: 'Tell <Sam> & "Jo"', done: false });
    expect(people.contacts).toEqual([{ name: 'Ana', role: 'Someone I trust', phone: '555 0100', note: '' }]);
    expect(printableSections(samplePlan(), es).find((s) => s.id === 'people')?.title).toBe('Mi gente');
  });
});

describe('text version', () => {
  it('shows ticks, notes, contacts and skipped sections', () => {
    const text = planToText(printableSections(samplePlan(), en), en, 'Nov 3, 2026');
    expect(text.startsWith('Safety plan\nPrepared on Nov 3, 2026')).toBe(true);
    expect(text).toContain(`[x] ${en('plan.sug.peopleCodeWord')}`);
    expect(text).toContain('[ ] Tell <Sam> & "Jo"');
    expect(text).toContain('  Code word: pineapple\n  Second line');
    expect(text).toContain('  - Ana (Someone I trust) — 555 0100');
    expect(text).toContain('== Pets (does not apply) ==');
  });
});

describe('HTML version', () => {
  it('escapes what the person wrote and contains no script or outside resource', () => {
    const html = planToHtml(printableSections(samplePlan(), en), en, 'Nov 3, 2026', 'en');
    expect(html).toContain('Tell &lt;Sam&gt; &amp; &quot;Jo&quot;');
    expect(html).not.toContain('<Sam>');
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>My people</h2>');
  });

  it('speaks Spanish when asked', () => {
    const html = planToHtml(printableSections(samplePlan(), es), es, '3 nov 2026', 'es');
    expect(html).toContain('<title>Plan de seguridad</title>');
    expect(html).toContain('Preparado el 3 nov 2026');
  });

  it('escapes every special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
