// Every emoji in the PDF is followed by its name in the report's language ("❤️🔪 [red heart]
// [kitchen knife]"), so a grey printout or a reading aloud keeps what was sent. Names are
// Unicode CLDR's, from emojibase-data, loaded only when the text holds an emoji.
import { asLang, type Lang } from '../../../i18n/languages';

const VS16 = /\uFE0F/g;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** An emoji cluster: shown as a picture (emoji presentation, VS16) or a pictograph beyond the Latin symbols (©, ®, ™ stay text). */
export function isEmoji(cluster: string): boolean {
  if (/\p{Emoji_Presentation}|\uFE0F|\p{Regional_Indicator}/u.test(cluster)) return true;
  for (const ch of cluster) if (/\p{Extended_Pictographic}/u.test(ch) && ch.codePointAt(0)! >= 0x2190) return true;
  return false;
}

export const hasEmoji = (text: string): boolean => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text) && [...graphemes.segment(text)].some((s) => isEmoji(s.segment));

const key = (cluster: string) => cluster.replace(VS16, '');

/**
 * After each group of adjacent emoji, their names in brackets, one each; an emoji without a
 * name (newer than the data) gets its code points ("[U+1FAE8]").
 */
export function withEmojiNames(text: string, names: Map<string, string>): string {
  if (!hasEmoji(text)) return text;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let out = '';
  let pending: string[] = [];
  parts.forEach((segment, i) => {
    if (isEmoji(segment)) {
      pending.push(names.get(key(segment)) ?? [...key(segment)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' '));
      out += segment;
      if (i + 1 < parts.length && isEmoji(parts[i + 1]!)) return;
      const label = ` ${pending.map((n) => `[${n}]`).join(' ')}`;
      // Already named (text cleaned twice): not again.
      if (!parts.slice(i + 1).join('').startsWith(label)) out += label;
      pending = [];
    } else out += segment;
  });
  return out;
}

interface EmojiData { label: string; unicode: string; skins?: EmojiData[] }

/**
 * Unicode CLDR's emoji names per language (emojibase-data). It has fr and pt (Brazilian) too, but
 * not ar: a language without its own list maps to English's here (the names then print in English).
 */
const EMOJI_NAMES: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () => import('emojibase-data/en/compact.json'),
  es: () => import('emojibase-data/es/compact.json'),
  // emojibase-data has no Arabic list: the names print in English (the packet's README says so).
  ar: () => import('emojibase-data/en/compact.json'),
};

/** The names in `lang`, keyed by the emoji without its presentation selector. */
export async function loadEmojiNames(lang: string): Promise<Map<string, string>> {
  const data = (await EMOJI_NAMES[asLang(lang) ?? 'en']()).default as EmojiData[];
  const names = new Map<string, string>();
  const add = (e: EmojiData) => {
    names.set(key(e.unicode), e.label);
    e.skins?.forEach(add);
  };
  data.forEach(add);
  return names;
}
