// Facebook Messenger and Instagram "Download your information" JSON: one conversation's
// messages, their Latin-1 mojibake undone so the words read as they were written.
import { ImportError, fixMojibake, type ParseResult, type ParsedItem } from './model';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseMessenger(text: string, source: 'messenger' | 'instagram' = 'messenger'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError('not-export');
  }
  if (!isObject(json) || !Array.isArray(json.messages)) throw new ImportError('not-export');
  const items: ParsedItem[] = [];
  json.messages.forEach((m: unknown, i: number) => {
    if (!isObject(m) || typeof m.sender_name !== 'string' || typeof m.timestamp_ms !== 'number' || !Number.isFinite(m.timestamp_ms)) return;
    const content = typeof m.content === 'string' ? fixMojibake(m.content) : '';
    const media = ['photos', 'videos', 'audio_files', 'files']
      .flatMap((k) => (Array.isArray(m[k]) ? (m[k] as unknown[]) : []))
      .flatMap((p) => (isObject(p) && typeof p.uri === 'string' ? [p.uri.split('/').pop() ?? p.uri] : []));
    items.push({
      source, at: m.timestamp_ms, from: fixMojibake(m.sender_name), mine: false, text: content,
      // The export names its photos but a single JSON file does not carry them.
      media: [], mediaOmitted: media.length > 0 || undefined, pos: { unit: 'record', n: i + 1 },
    });
  });
  if (!items.length) throw new ImportError('empty');
  // The export lists the newest first; the journal reads oldest first.
  items.sort((a, b) => a.at! - b.at!);
  return { format: 'messenger', items };
}
