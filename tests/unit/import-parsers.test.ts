// The importers read exports written from the formats in DOMAIN.md §11 (fixtures in tests/fixtures/import).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWhatsApp } from '../../src/features/import/whatsapp';
import { mmsParts, parseSmsXml } from '../../src/features/import/sms';
import { parseMessenger } from '../../src/features/import/messenger';
import { parseCsv, csvRows } from '../../src/features/import/csv';
import { ImportError, fixMojibake, instantOf, parseClock, wallToUtc } from '../../src/features/import/model';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ImportError ? e.code : String(e);
  }
  return 'no error';
};
const asyncCode = async (p: Promise<unknown>) => p.then(() => 'no error', (e) => (e instanceof ImportError ? e.code : String(e)));

describe('WhatsApp', () => {
  it('reads Android English: day-first, 24-hour, multi-line, file attached, media omitted, system line skipped', () => {
    const r = parseWhatsApp(fixture('whatsapp-android-en.txt'));
    expect(r.dateOrder).toEqual({ daysFirst: true, certain: true });
    expect(r.items.map((i) => i.from)).toEqual(['Alex', 'Alex', 'Sam', 'Alex', 'Alex', 'Alex']);
    expect(r.items.map((i) => i.pos.n)).toEqual([2, 3, 5, 6, 7, 8]);
    expect(r.items[0]!.wall).toEqual([2022, 3, 27, 21, 41, 0]);
    expect(r.items[1]!.text).toBe("I know you're home.\nI can see the light on");
    expect(r.items[3]!.media).toEqual([{ name: 'IMG-20220327-WA0001.jpg' }]);
    expect(r.items[3]!.text).toBe('');
    expect(r.items[4]!.mediaOmitted).toBe(true);
    expect(r.items[5]!.wall).toEqual([2022, 3, 28, 8, 2, 0]);
    expect(r.items[5]!.text).toBe('Answer me');
  });

  it('reads iOS English: month-first, 12-hour with U+202F and U+200E marks, CRLF, <attached: …>, "image omitted"', () => {
    const r = parseWhatsApp(fixture('whatsapp-ios-en.txt'));
    expect(r.dateOrder).toEqual({ daysFirst: false, certain: true });
    expect(r.items).toHaveLength(6);
    expect(r.items[0]!.wall).toEqual([2022, 3, 27, 21, 41, 35]);
    expect(r.items[1]!.text).toBe("I know you're home.\nI can see the light on");
    expect(r.items[3]!.media).toEqual([{ name: '00000001-PHOTO-2022-03-27-21-45-55.jpg' }]);
    expect(r.items[4]!.mediaOmitted).toBe(true);
    // 12 AM is midnight.
    expect(r.items[5]!.wall).toEqual([2022, 3, 28, 0, 2, 0]);
    expect(r.items.every((i) => !/[\u200E\u202F]/.test(i.text + i.from))).toBe(true);
  });

  it('reads a Spanish Android export: day-first, "p. m." with narrow spaces, marks, accents', () => {
    const r = parseWhatsApp(fixture('whatsapp-android-es.txt'));
    expect(r.dateOrder).toEqual({ daysFirst: true, certain: true });
    expect(r.items.map((i) => [i.from, i.text, i.wall])).toEqual([
      ['Álex', '¿Por qué no contestas?', [2018, 6, 3, 13, 55, 0]],
      ['Álex', 'Sé dónde estás', [2018, 6, 3, 13, 58, 0]],
      ['Sam', 'Déjame en paz', [2018, 6, 13, 9, 5, 0]],
      ['Álex', '', [2018, 6, 13, 0, 30, 0]],
    ]);
    expect(r.items[3]!.mediaOmitted).toBe(true);
  });

  it('reads a Spanish iOS export: day-first, 12-hour, brackets, "imagen omitida"', () => {
    const r = parseWhatsApp(fixture('whatsapp-ios-es.txt'));
    expect(r.items.map((i) => i.wall)).toEqual([[2018, 6, 13, 21, 25, 15], [2018, 6, 14, 7, 1, 0], [2018, 6, 14, 7, 2, 0]]);
    expect(r.items[1]!.mediaOmitted).toBe(true);
    expect(r.items[2]!.text).toBe('Voy a ir\na tu casa');
    expect(r.items.map((i) => i.pos.n)).toEqual([1, 2, 3]);
  });

  it('lets the person confirm the other date order when the file cannot tell', () => {
    const text = '01/02/2022, 10:00 - Alex: one\n03/02/2022, 10:00 - Alex: two\n';
    expect(parseWhatsApp(text, { daysFirst: true }).items[0]!.wall!.slice(0, 3)).toEqual([2022, 2, 1]);
    expect(parseWhatsApp(text, { daysFirst: false }).items[0]!.wall!.slice(0, 3)).toEqual([2022, 1, 2]);
    expect(parseWhatsApp(text).dateOrder!.certain).toBe(false);
  });

  it('refuses what is not an export, an unknown date format, a wrong encoding', () => {
    expect(code(() => parseWhatsApp('hello\nthis is a shopping list'))).toBe('not-export');
    expect(code(() => parseWhatsApp('13/25/2022, 10:00 - Alex: hi\n'))).toBe('date-format');
    expect(code(() => parseWhatsApp('27/03/2022, 21:41 - Alex: caf\uFFFD\n'))).toBe('encoding');
  });
});

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('SMS Backup & Restore XML', () => {
  it('reads sms received and sent, skips drafts, reads an mms with an image part and words, keeps record numbers', async () => {
    const r = await parseSmsXml(chunked(fixture('sms.xml'), 97));
    expect(r.items.map((i) => [i.source, i.from, i.mine, i.pos.n])).toEqual([
      ['sms', '+15550100199', false, 1], ['sms', '+15550100199', false, 2], ['sms', '', true, 3], ['sms', '+15550100111', false, 4], ['mms', '+15550100199', false, 6],
    ]);
    expect(r.items[0]!.text).toBe("Why aren't you answering");
    expect(r.items[1]!.text).toBe("I know you're home.\nI can see the light on");
    expect(r.items[2]!.peer).toBe('+15550100199');
    expect(r.items[0]!.fromName).toBe('Alex');
    const mms = r.items[4]!;
    expect(mms.text).toBe('Look where I am');
    expect(mms.media).toHaveLength(1);
    // The picture is the record's second <part> (after the SMIL); its bytes are not kept while parsing.
    expect(mms.media[0]).toEqual({ name: 'IMG_0001.png', type: 'image/png', part: 1 });
    expect(mms.at).toBe(1648417500000);
  });

  it('reads the wanted MMS parts again, a chunk at a time, as bytes', async () => {
    const got: Array<{ record: number; part: number; name: string; type: string; head: string; size: number }> = [];
    await mmsParts(chunked(fixture('sms.xml'), 97), new Map([[6, new Set([1])]]), async (parts) => {
      for (const p of parts) got.push({ record: p.record, part: p.part, name: p.name, type: p.type, head: Buffer.from(p.bytes.subarray(1, 4)).toString(), size: p.bytes.length });
    });
    // The fixture's 1×1 PNG: 70 bytes (its base64 is 96 characters with two "=").
    expect(got).toEqual([{ record: 6, part: 1, name: 'IMG_0001.png', type: 'image/png', head: 'PNG', size: 70 }]);
  });

  it('reads calls: missed, rejected, incoming with duration, outgoing as hers, blocked, voicemail', async () => {
    const r = await parseSmsXml([fixture('calls.xml')]);
    expect(r.items.map((i) => [i.call!.type, i.call!.seconds, i.mine, i.from])).toEqual([
      ['missed', 0, false, '+15550100199'], ['rejected', 0, false, '+15550100199'], ['incoming', 95, false, '+15550100199'],
      ['outgoing', 300, true, ''], ['blocked', 0, false, '+15550100777'], ['voicemail', 12, false, '+15550100199'],
    ]);
    expect(r.items[4]!.fromName).toBeUndefined();
  });

  it('refuses a cut-off backup, other XML and text that is not XML', async () => {
    const xml = fixture('sms.xml');
    expect(await asyncCode(parseSmsXml([xml.slice(0, xml.length / 2)]))).toBe('truncated');
    expect(await asyncCode(parseSmsXml(['<?xml version="1.0"?><html><body/></html>']))).toBe('not-export');
    expect(await asyncCode(parseSmsXml(['just some words']))).toBe('not-export');
  });
});

describe('Messenger / Instagram JSON', () => {
  it('undoes the Latin-1 mojibake, sorts oldest first, keeps record numbers', () => {
    const r = parseMessenger(fixture('messenger.json'));
    expect(r.items.map((i) => [i.from, i.text, i.pos.n])).toEqual([
      ['Álex Peña', 'Answer me', 4], ['Álex Peña', '', 3], ['Sam', 'Stop', 2], ['Álex Peña', 'Sé dónde vives 😡', 1],
    ]);
    expect(r.items[1]!.mediaOmitted).toBe(true);
    expect(parseMessenger(fixture('messenger.json'), 'instagram').items[0]!.source).toBe('instagram');
  });

  it('leaves correct text alone and refuses other JSON', () => {
    expect(fixMojibake('Sé dónde 😡')).toBe('Sé dónde 😡');
    expect(fixMojibake('plain')).toBe('plain');
    expect(code(() => parseMessenger('{"a":1}'))).toBe('not-export');
    expect(code(() => parseMessenger('{"messages":['))).toBe('not-export');
  });
});

describe('CSV', () => {
  const text = 'Date,Time,From,Message\r\n2022-03-27,21:41,Alex,"Hi, it\'s me"\r\n27/03/2022,9:45 PM,Alex,"two\r\nlines ""quoted"""\r\n28/03/2022,08:00,Sam,ok\r\n';
  it('reads quoted cells with commas, quotes and line breaks, keeping each row\'s line', () => {
    expect(csvRows(text).map((r) => r.line)).toEqual([1, 2, 3, 5]);
    const r = parseCsv(text, { date: 0, time: 1, from: 2, text: 3 });
    expect(r.items.map((i) => [i.from, i.text, i.wall, i.pos.n])).toEqual([
      ['Alex', "Hi, it's me", [2022, 3, 27, 21, 41, 0], 2],
      ['Alex', 'two\r\nlines "quoted"', [2022, 3, 27, 21, 45, 0], 3],
      ['Sam', 'ok', [2022, 3, 28, 8, 0, 0], 5],
    ]);
  });
  it('reads semicolons and refuses a date it cannot read', () => {
    expect(parseCsv('a;b;c\n01/02/2022 10:00;Alex;hi\n', { date: 0, time: null, from: 1, text: 2 }, { daysFirst: false }).items[0]!.wall).toEqual([2022, 1, 2, 10, 0, 0]);
    expect(code(() => parseCsv('d,f,t\nyesterday,Alex,hi\n', { date: 0, time: null, from: 1, text: 2 }))).toBe('date-format');
  });
});

describe('times', () => {
  it('reads 12- and 24-hour clocks', () => {
    expect(parseClock('9:41\u202FPM')).toEqual([21, 41, 0]);
    expect(parseClock('12:05 a. m.')).toEqual([0, 5, 0]);
    expect(parseClock('21.25.15')).toEqual([21, 25, 15]);
    expect(parseClock('25:00')).toBeNull();
  });
  it('places a wall time in the zone the person confirms, daylight saving included', () => {
    expect(wallToUtc([2022, 3, 27, 21, 41, 0], 'UTC')).toBe(Date.UTC(2022, 2, 27, 21, 41));
    expect(wallToUtc([2022, 3, 27, 21, 41, 0], 'Europe/Madrid')).toBe(Date.UTC(2022, 2, 27, 19, 41));
    expect(wallToUtc([2022, 1, 10, 9, 0, 0], 'America/New_York')).toBe(Date.UTC(2022, 0, 10, 14, 0));
    expect(instantOf({ source: 'sms', at: 5, from: '', mine: false, text: '', media: [], pos: { unit: 'record', n: 1 } }, 'UTC')).toBe(5);
  });
});

describe('WhatsApp zip', () => {
  it('finds the chat and its media, inflating each only when read; a cut zip is refused', async () => {
    const { zipSync } = await import('fflate');
    const { zipEntries } = await import('../../src/features/import/zip');
    const { loadExport } = await import('../../src/features/import/detect');
    const zip = zipSync({ 'WhatsApp Chat with Alex.txt': new TextEncoder().encode(fixture('whatsapp-android-en.txt')), 'IMG-20220327-WA0001.jpg': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const file = new File([zip], 'chat.zip', { type: 'application/zip' });
    expect((await zipEntries(file)).map((e) => e.name)).toEqual(['WhatsApp Chat with Alex.txt', 'IMG-20220327-WA0001.jpg']);
    const loaded = await loadExport(file);
    expect(loaded.kind).toBe('whatsapp');
    expect(parseWhatsApp(loaded.text!).items).toHaveLength(6);
    expect([...new Uint8Array(await (await loaded.media.get('IMG-20220327-WA0001.jpg')!()).arrayBuffer())]).toEqual([1, 2, 3]);
    const cut = new File([zip.subarray(0, zip.length - 30)], 'cut.zip');
    expect(await asyncCode(loadExport(cut))).toBe('truncated');
    expect(await asyncCode(loadExport(new File([new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xfe])], 'x.zip')))).toBe('truncated');
    expect(await asyncCode(loadExport(new File([new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0])], 'utf16.txt')))).toBe('encoding');
  });
});
