// The tone check: finds what advocates advise against in a no-contact letter, and says why (pure).
import type { Lang, MessageKey } from '../../i18n';
import { NEGATION, TONE_KINDS, WORDS, type ToneKind } from './tone-words';

export { TONE_KINDS, type ToneKind };

/** "person": a letter to the ex, checked fully; "others": explanations and requests are fine there. */
export type ToneScope = 'person' | 'others';
export const SCOPE_KINDS: Record<ToneScope, readonly ToneKind[]> = { person: TONE_KINDS, others: ['threat'] };

export interface ToneFlag {
  kind: ToneKind;
  /** The words found, exactly as written. */
  match: string;
  start: number;
  end: number;
  explanation: MessageKey;
  suggestion: MessageKey;
}

/**
 * Lower case without accents, one output character per input UTF-16 unit, so a match's
 * offsets in the folded text are its offsets in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    let mapped = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') mapped = "'";
    out += mapped.length === ch.length ? mapped : ch;
  }
  return out;
}

const cache = new Map<string, RegExp>();

function pattern(lang: Lang, kind: ToneKind): RegExp | null {
  const key = `${lang}:${kind}`;
  if (cache.has(key)) return cache.get(key)!;
  const words = WORDS[lang][kind];
  const re = words.length ? new RegExp(`(?<![\\w'])(?:${words.join('|')})(?![\\w'])`, 'g') : null;
  if (re) cache.set(key, re);
  return re;
}

const keysFor = (kind: ToneKind) => ({
  explanation: `letters.tone.${kind}.why` as MessageKey,
  suggestion: `letters.tone.${kind}.fix` as MessageKey,
});

// Arabic ends a question with «؟» and a clause with «؛».
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '\n', '¿', '¡', '؟', '؛']);

/** Whether a negation earlier in the same clause refuses what follows it (folded text). */
function refused(folded: string, index: number, lang: Lang): boolean {
  // Walk back to the sentence start only: slicing from 0 each time would be quadratic.
  let start = index;
  while (start > 0 && !SENTENCE_END.has(folded[start - 1]!)) start--;
  const sentence = folded.slice(start, index);
  const { negation, contrast } = NEGATION[lang];
  const clause = sentence.split(contrast).pop() ?? '';
  return negation.test(clause);
}

/** Each sentence that asks something: ends in "?" (Arabic «؟»), or in Spanish opens with "¿". */
function questions(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(/¿[^?\n]*\??|[^.!?؟\n¿]*[?؟]/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim().length > 1 || m[0].trim() === '?') found.push([m.index + lead, m.index + m[0].trimEnd().length]);
  }
  return found;
}

export function checkTone(input: string, lang: Lang, kinds: readonly ToneKind[] = TONE_KINDS): ToneFlag[] {
  const text = input.normalize('NFC');
  const folded = fold(text);
  const flags: ToneFlag[] = [];
  const add = (kind: ToneKind, start: number, end: number) =>
    flags.push({ kind, match: text.slice(start, end), start, end, ...keysFor(kind) });
  for (const kind of kinds) {
    const re = pattern(lang, kind);
    for (const m of re ? folded.matchAll(re) : []) {
      // Invitations are fine when refused: "I will not respond" is the firm wording itself.
      if (kind === 'invitation' && refused(folded, m.index, lang)) continue;
      add(kind, m.index, m.index + m[0].length);
    }
    if (kind === 'question') for (const [start, end] of questions(text)) add(kind, start, end);
  }
  return dedupe(flags);
}

/**
 * One flag per stretch of text: a phrase inside a longer flag of another kind is the same
 * problem ("you'll be sorry" is a threat, not an apology). Whole questions are sentence-wide,
 * so they never hide the other flags inside them.
 */
function dedupe(flags: ToneFlag[]): ToneFlag[] {
  const rank = (f: ToneFlag) => TONE_KINDS.indexOf(f.kind);
  const length = (f: ToneFlag) => f.end - f.start;
  const inside = (a: ToneFlag, b: ToneFlag) => b.start <= a.start && a.end <= b.end && (length(b) > length(a) || rank(b) < rank(a));
  // A sweep: a container starts no later than what it contains, so only flags still open count.
  const order = [...flags].sort((a, b) => a.start - b.start || length(b) - length(a) || rank(a) - rank(b));
  const kept: ToneFlag[] = [];
  let open: ToneFlag[] = [];
  for (const a of order) {
    open = open.filter((b) => b.end > a.start);
    if (!open.some((b) => inside(a, b) && (b.kind !== 'question' || a.kind === 'question'))) kept.push(a);
    open.push(a);
  }
  return kept.sort((a, b) => a.start - b.start || rank(a) - rank(b));
}
