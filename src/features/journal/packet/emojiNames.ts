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
 * Unicode CLDR's emoji names per language (emojibase-data's folders), emitted to assets/extra/ as
 * JSON: fetched and parsed only when a packet's text holds an emoji, and kept by the service
 * worker once fetched. emojibase-data has fr and pt (Brazilian) too, but not ar: a language without
 * its own list maps to English's here (the names then print in English).
 */
const EMOJI_FOLDER: Record<Lang, string> = { en: 'en', es: 'es', fr: 'fr', pt: 'pt', ar: 'en' };
export const EMOJI_DATA_URLS = import.meta.glob('/node_modules/emojibase-data/{en,es,fr,pt}/compact.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const emojiDataUrl = (lang: string): string => EMOJI_DATA_URLS[`/node_modules/emojibase-data/${EMOJI_FOLDER[asLang(lang) ?? 'en']}/compact.json`]!;

async function fetchEmojiData(lang: string): Promise<unknown> {
  const response = await fetch(new URL(emojiDataUrl(lang), document.baseURI));
  if (!response.ok) throw new Error(`emoji-${response.status}`);
  return response.json();
}

/**
 * The names in `lang`, keyed by the emoji without its presentation selector. `read`: the data
 * file's content (tests, the bench); the app fetches its own copy. When it cannot be had (offline
 * before it was ever kept), no names: each emoji is then named by its code points.
 */
export async function loadEmojiNames(lang: string, read: (lang: string) => Promise<unknown> = fetchEmojiData): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const data = await read(lang).catch(() => []);
  const add = (e: EmojiData) => {
    names.set(key(e.unicode), e.label);
    e.skins?.forEach(add);
  };
  if (Array.isArray(data)) (data as EmojiData[]).forEach(add);
  return names;
}
