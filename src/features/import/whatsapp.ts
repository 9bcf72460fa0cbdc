// WhatsApp "Export chat" text: messages through whatsapp-chat-parser (every phone language's
// stamps), each tied back to its line in the file, the date order guessed and confirmable.
import { parseString } from 'whatsapp-chat-parser';
import { ImportError, fullYear, guessDateOrder, stripMarks, type ParseResult, type ParsedItem, type WallTime } from './model';

const STAMP = /^[\u200E\u200F]*\[?(\d{1,4})[-/.]\s?(\d{1,4})[-/.]\s?(\d{1,4})/;
// "<Media omitted>" (Android), "image omitted" (iOS), and the Spanish phone's words.
const OMITTED = /^(?:<(?:media omitted|multimedia omitido)>|(?:image|video|audio|sticker|gif|document|contact card|imagen|documento|tarjeta de contacto) omitid[oa]|(?:image|video|audio|sticker|gif|document|contact card) omitted)$/i;

/** The two parts of a stamp's date that are not the year, in their printed order. */
function dayMonth(line: string): [number, number] | null {
  const m = STAMP.exec(line);
  if (!m) return null;
  const parts = [m[1]!, m[2]!, m[3]!];
  const longest = Math.max(...parts.map((p) => p.length));
  // The year is the longest part, as whatsapp-chat-parser reads it: last, or first in "2018/06/13".
  const rest = parts[2]!.length === longest ? [parts[0]!, parts[1]!] : parts[1]!.length === longest ? [parts[0]!, parts[2]!] : [parts[1]!, parts[2]!];
  return [Number(rest[0]), Number(rest[1])];
}

/** True when the line opens a message (or a system line): the parser reads it alone as one. */
function opensMessage(line: string): boolean {
  return STAMP.test(line) && parseString(line, { daysFirst: true }).length === 1;
}

export interface WhatsAppOptions {
  /** The person's choice of date order; absent: guessed from the file. */
  daysFirst?: boolean;
}

export function parseWhatsApp(text: string, options: WhatsAppOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\uFFFD')) throw new ImportError('encoding');
  const lines = body.split(/\r\n|\r|\n/);
  const starts: number[] = [];
  const pairs: Array<[number, number]> = [];
  lines.forEach((line, i) => {
    if (!opensMessage(line)) return;
    starts.push(i + 1);
    pairs.push(dayMonth(line)!);
  });
  if (!starts.length) throw new ImportError(lines.some((l) => STAMP.test(l)) ? 'date-format' : 'not-export');
  if (pairs.some(([a]) => a > 12) && pairs.some(([, b]) => b > 12)) throw new ImportError('date-format');
  let order = guessDateOrder(pairs);
  if (!order) {
    // Every day so far is 12 or less: whatsapp-chat-parser's own guess (from how dates follow each other).
    const auto = parseString(body);
    const dayFirst = parseString(body, { daysFirst: true });
    order = { daysFirst: auto.every((m, i) => m.date.getTime() === dayFirst[i]?.date.getTime()), certain: false };
  }
  const daysFirst = options.daysFirst ?? order.daysFirst;
  const messages = parseString(body, { daysFirst, parseAttachments: true });
  if (messages.length !== starts.length) throw new ImportError('not-export', 'line count');
  const items: ParsedItem[] = [];
  messages.forEach((m, i) => {
    const [a, b] = pairs[i]!;
    const [day, month] = daysFirst ? [a, b] : [b, a];
    if (month > 12 || day > 31) throw new ImportError('date-format');
    if (m.author === null) return; // "Messages are end-to-end encrypted", "You created group"…
    const wall: WallTime = [fullYear(m.date.getFullYear()), m.date.getMonth() + 1, m.date.getDate(), m.date.getHours(), m.date.getMinutes(), m.date.getSeconds()];
    // The file's last line break (and blank lines before the next stamp) belong to no message.
    const raw = stripMarks(m.message).replace(/\n+$/, '');
    const item: ParsedItem = { source: 'whatsapp', wall, from: stripMarks(m.author).trim(), mine: false, text: raw, media: [], pos: { unit: 'line', n: starts[i]! } };
    if (OMITTED.test(raw.trim())) {
      item.text = '';
      item.mediaOmitted = true;
    } else if (m.attachment) {
      // The first line names the file; a caption, if any, follows it.
      item.media.push({ name: m.attachment.fileName });
      item.text = raw.split('\n').slice(1).join('\n').trim();
    }
    items.push(item);
  });
  if (!items.length) throw new ImportError('empty');
  return { format: 'whatsapp', items, dateOrder: order };
}
