// The French catalog (issue 26) is complete and says things one way: every key, every placeholder,
// every ICU plural with French's categories, the controls quoted by their French names, «vous».
import { describe, expect, it } from 'vitest';
import { catalog as en } from '../../src/i18n/en';
import { catalog as fr } from '../../src/i18n/fr';
import { translate } from '../../src/i18n';
import { exitText, type ExitTextKey } from '../../src/i18n/exit';

const E = en as Record<string, string>;
const F = fr as Record<string, string>;

/** The same word in French on purpose: names, codes, and words French shares with English. */
const SAME_IN_FRENCH = new Set([
  'nav.label', 'nav.journal', 'nav.short.journal', 'journal.title', 'nav.short.plan', 'offline.dismiss', 'journal.field.police',
  'resources.role.police', 'journal.evidence.kind.image', 'journal.evidence.kind.audio', 'journal.evidence.kind.pdf',
  'journal.channel.messenger', 'journal.channel.instagram', 'journal.patterns.incidents', 'journal.report.incidents',
  'journal.csv.incident', 'journal.csv.versions', 'journal.report.contacts', 'journal.pdf.signature', 'journal.sparc.surveillance',
  'journal.sparc.intimidation', 'letters.tone.label.question', 'plan.itemText', 'plan.notes', 'resources.contact.note',
  'front.notes.title', 'front.notes.note', 'apps.notes.note', 'apps.notes.photo', 'import.format.sms-xml', 'import.format.csv',
  'import.duration', 'settings.minutes', 'front.notes', 'import.batches',
]);

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const plurals = (s: string) => [...s.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]).sort();

describe('the French catalog', () => {
  it('has every English key and no other', () => {
    expect(Object.keys(F).sort()).toEqual(Object.keys(E).sort());
  });

  it('translates every message, apart from the words French shares', () => {
    const same = Object.keys(E).filter((key) => F[key] === E[key] && !SAME_IN_FRENCH.has(key) && /[a-z]{3,}/i.test(E[key]!.replace(/\{\w+\}/g, '')));
    expect(same).toEqual([]);
  });

  it('keeps the placeholders and the plural counts of each English message', () => {
    const differ = Object.keys(E).filter((key) => placeholders(E[key]!).join() !== placeholders(F[key]!).join() || plurals(E[key]!).join() !== plurals(F[key]!).join());
    expect(differ).toEqual([]);
  });

  it('gives every plural French\'s three categories (one covers 0 and 1; many is for millions)', () => {
    const lacking = Object.entries(F).filter(([, v]) => /plural,/.test(v)).filter(([, v]) => {
      const branches = v.split(/\{\w+, plural,/).slice(1);
      return branches.some((b) => !/^\s*one \{/.test(b) || !/\} many \{/.test(b) || !/\} other \{/.test(b));
    });
    expect(lacking.map(([k]) => k)).toEqual([]);
    expect(translate('fr', 'journal.evidence.added', { count: 0 })).toBe('0 fichier ajouté.');
    expect(translate('fr', 'journal.evidence.added', { count: 1 })).toBe('1 fichier ajouté.');
    expect(translate('fr', 'journal.evidence.added', { count: 2 })).toBe('2 fichiers ajoutés.');
    expect(translate('fr', 'journal.history.title', { count: 1000000 })).toBe('Historique (1000000 versions)');
  });

  it('never writes "(s)" or "(e)", nor a doubled full stop after a value that ends one', () => {
    const offenders = Object.entries(F).filter(([k, v]) => !k.startsWith('journal.declaration.') && /\w\((?:s|e|es)\)/.test(v));
    expect(offenders.map(([k]) => k)).toEqual([]);
    expect(translate('fr', 'lock.throttled', { time: '9 h 15.' })).toBe('Trop d’essais erronés. Vous pourrez réessayer à 9 h 15.');
  });

  it('quotes a control by its French name wherever the English quotes it by its English name', () => {
    const keyOf = new Map(Object.entries(E).reverse().map(([key, value]) => [value.toLowerCase(), key]));
    const mismatched: string[] = [];
    for (const [key, value] of Object.entries(E)) {
      if (key.startsWith('resources.block.')) continue;
      for (const quoted of value.matchAll(/[“"«]([^”"»]+)[”"»]/g)) {
        const named = keyOf.get(quoted[1]!.replace(/[.,]$/, '').toLowerCase());
        if (named && named !== key && !F[key]!.toLowerCase().includes(F[named]!.toLowerCase())) mismatched.push(`${key} → ${named}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('speaks to the person as «vous»: «tu» only in the letters the person sends', () => {
    const letterText = (key: string) => /^letters\.tpl\.[^.]+\.(body|subject)$/.test(key) || /^letters\.tone\.hedge\.why$/.test(key);
    const familiar = Object.entries(F).filter(([key, value]) => !letterText(key) && /(?<![\p{L}’'])(?:tu|toi)(?![\p{L}’'])/iu.test(value));
    expect(familiar.map(([k]) => k)).toEqual([]);
  });

  it('translates the Quick exit strings, with the same placeholders', () => {
    const keys: ExitTextKey[] = ['label', 'shiftOnce', 'shiftTwice', 'expired'];
    for (const key of keys) {
      expect(exitText('fr', key), key).not.toBe(exitText('en', key));
      expect(placeholders(exitText('fr', key))).toEqual(placeholders(exitText('en', key)));
    }
    expect(exitText('fr', 'label')).toBe(F['intro.exit']!.match(/«\u00a0([^»]+)\u00a0»/)![1]);
  });
});
