// From parsed items to entries: whose messages, context, grouping, dedupe, the preview, the
// written entries over a fake vault (one transaction, again adds nothing, a batch removed), old records.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { raw, vault } from './journal/fake-vault';
import { parseWhatsApp } from '../../src/features/import/whatsapp';
import { parseSmsXml } from '../../src/features/import/sms';
import { planImport, sendersOf, keyOf, GROUP_GAP_MS } from '../../src/features/import/plan';
import { readEntryData } from '../../src/features/journal/read';
import { buildReport, DEFAULT_REPORT_OPTIONS } from '../../src/features/journal/report/report';
import { entriesCsv, CSV_COLUMNS } from '../../src/features/journal/report/csv';
import type { ParsedItem } from '../../src/features/import/model';

vi.mock('../../src/vault', () => import('./journal/fake-vault'));
const journal = await import('../../src/features/journal/store');
const imports = await import('../../src/features/import/store');
const { mediaReader } = await import('../../src/features/import/detect');
const { repository, killAt } = await import('./journal/fake-vault');

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const UTC = 'UTC';
const msg = (from: string, minute: number, text: string, extra: Partial<ParsedItem> = {}): ParsedItem => ({
  source: 'whatsapp', wall: [2022, 3, 27, 21, minute, 0], from, mine: false, text, media: [], pos: { unit: 'line', n: minute }, ...extra,
});

beforeEach(() => {
  raw.records.clear();
  raw.blobStore.clear();
  vault.lock();
});

describe('whose messages and the preview', () => {
  it('lists senders with counts, most first, numbers with their contact names', async () => {
    const sms = await parseSmsXml([fixture('sms.xml')]);
    const calls = await parseSmsXml([fixture('calls.xml')]);
    expect(sendersOf([...sms.items, ...calls.items])).toEqual([
      { id: '+15550100199', name: 'Alex', messages: 3, calls: 4 },
      { id: '+15550100111', name: 'Mom', messages: 1, calls: 0 },
      { id: '+15550100777', messages: 0, calls: 1 },
    ]);
  });

  it('groups messages less than 10 minutes apart, with the count and the span; one per message on request', () => {
    const items = [msg('Alex', 0, 'a'), msg('Alex', 9, 'b'), msg('Sam', 10, 'mine'), msg('Alex', 18, 'c'), msg('Alex', 40, 'd')];
    const grouped = planImport(items, { senders: ['Alex'], keepContext: true, grouped: true, zone: UTC }, new Set());
    expect(grouped.entries.map((e) => e.contacts.length)).toEqual([3, 1]);
    expect(grouped.entries[0]!.end - grouped.entries[0]!.start).toBe(18 * 60_000);
    expect(grouped.entries[0]!.context.map((c) => c.item.text)).toEqual(['mine']);
    expect(grouped.messages).toBe(4);
    expect(grouped.first).toBe(Date.UTC(2022, 2, 27, 21, 0));
    expect(grouped.last).toBe(Date.UTC(2022, 2, 27, 21, 40));
    expect(grouped.weeks).toHaveLength(1);
    expect(grouped.weeks[0]!.count).toBe(4);
    const each = planImport(items, { senders: ['Alex'], keepContext: false, grouped: false, zone: UTC }, new Set());
    expect(each.entries).toHaveLength(4);
    expect(each.entries.every((e) => e.context.length === 0)).toBe(true);
    expect(GROUP_GAP_MS).toBe(600_000);
  });

  it('keeps only her own messages to the chosen numbers as context from a phone backup, never anyone else\'s', async () => {
    const sms = await parseSmsXml([fixture('sms.xml')]);
    const calls = await parseSmsXml([fixture('calls.xml')]);
    const plan = planImport([...sms.items, ...calls.items], { senders: ['+15550100199'], keepContext: true, grouped: true, zone: UTC }, new Set());
    expect(plan.messages).toBe(3);
    expect(plan.calls).toBe(4); // missed, rejected, incoming, voicemail
    const context = plan.entries.flatMap((e) => e.context.map((c) => c.item.text));
    expect(context).toEqual(['Please stop']);
    expect(JSON.stringify(plan)).not.toContain('Love, Mom');
  });

  it('leaves out what an earlier import holds; the key ignores the zone chosen', () => {
    const items = [msg('Alex', 0, 'a'), msg('Alex', 30, 'b')];
    const existing = new Set([keyOf(items[0]!)]);
    const plan = planImport(items, { senders: ['Alex'], keepContext: false, grouped: true, zone: 'Europe/Madrid' }, existing);
    expect(plan.duplicates).toBe(1);
    expect(plan.messages).toBe(1);
  });
});

async function importFile(name: string, text: string, senders: string[], format: 'whatsapp' | 'sms') {
  const parsed = format === 'whatsapp' ? parseWhatsApp(text) : await parseSmsXml([text]);
  const plan = planImport(parsed.items, { senders, keepContext: true, grouped: true, zone: UTC }, await imports.journalKeys());
  const file = new File([text], name);
  const media = mediaReader(file, { kind: format === 'whatsapp' ? 'whatsapp' : 'sms-xml', media: new Map() });
  const count = plan.messages + plan.calls ? await imports.runImport(file, parsed, plan, media, format === 'whatsapp' ? UTC : undefined, () => undefined, new AbortController().signal) : 0;
  return { plan, count };
}

describe('writing an import', () => {
  it('writes entries with the exact words, the source, the export as an exhibit; again adds nothing', async () => {
    const text = fixture('whatsapp-android-en.txt');
    const first = await importFile('WhatsApp Chat with Alex.txt', text, ['Alex'], 'whatsapp');
    expect(first.count).toBe(5);
    const entries = (await journal.loadJournal()).entries;
    expect(entries).toHaveLength(2);
    const burst = entries.find((e) => e.current.times === 4)!.current;
    expect(burst.exactWords).toBe("Why aren't you answering\nI know you're home.\nI can see the light on");
    expect(burst.channels).toEqual(['whatsapp']);
    expect(burst.imported).toMatchObject({ file: 'WhatsApp Chat with Alex.txt', unit: 'line', positions: [2, 3, 6, 7], zone: 'UTC' });
    expect(burst.what).toContain('Context');
    expect(burst.what).toContain('Please stop messaging me');
    expect(burst.evidence[0]!.name).toBe('WhatsApp Chat with Alex.txt');
    expect(burst.evidence[0]!.sha256).toBe(burst.imported!.sha256);
    expect(burst.until! - burst.occurredAt).toBe(5 * 60_000);
    expect((await journal.verifyJournal()).ok).toBe(true);

    const again = await importFile('WhatsApp Chat with Alex.txt', text, ['Alex'], 'whatsapp');
    expect(again.count).toBe(0);
    expect(again.plan.duplicates).toBe(5);
    const later = await importFile('later.txt', `${text}28/03/2022, 09:30 - Alex: One more\n`, ['Alex'], 'whatsapp');
    expect(later.count).toBe(1);
    expect((await journal.loadJournal()).entries).toHaveLength(3);
  });

  it('prints imported entries as imported, never as written at the time, in the report and the CSV', async () => {
    await importFile('sms-20220328.xml', fixture('sms.xml'), ['+15550100199'], 'sms');
    const j = await journal.loadJournal();
    const report = buildReport(j.entries, null, DEFAULT_REPORT_OPTIONS);
    expect(report.entries.every((e) => e.importedFrom !== null && e.lateAbout === null)).toBe(true);
    // A phone backup is kept but never an exhibit: it holds everyone's messages.
    expect(report.exhibits.map((x) => x.ref.name)).toEqual(['IMG_0001.png']);
    const csv = entriesCsv(report.entries, [], {
      header: (c) => c, date: (ms) => new Date(ms).toISOString(), yesNo: String, children: String, kind: String, channel: String, sparc: String,
      imported: (e) => `from ${e.importedFrom!.info.file} ${e.importedFrom!.info.positions.join(',')}`,
    });
    expect(CSV_COLUMNS).toContain('importedFrom');
    expect(csv).toContain('from sms-20220328.xml 1,2,6');
    expect(csv).not.toContain('Mom');
  });

  it('removes a batch in one action, keeping the removal in the chain', async () => {
    await importFile('chat.txt', fixture('whatsapp-android-en.txt'), ['Alex'], 'whatsapp');
    const [batch] = await imports.listBatches();
    expect(batch!.value.entries).toBe(2);
    await imports.removeBatch(batch!.id, batch!.value);
    expect((await journal.loadJournal()).entries).toHaveLength(0);
    expect((await journal.journalVersions())).toHaveLength(4);
    expect((await journal.verifyJournal()).ok).toBe(true);
    expect((await imports.listBatches())[0]!.value.removedAt).toBeGreaterThan(0);
    // Removed: importing it again is possible.
    expect((await importFile('chat.txt', fixture('whatsapp-android-en.txt'), ['Alex'], 'whatsapp')).count).toBe(5);
  });

  it('a tab killed after storing the media, before the entries: the next unlock removes exactly what it stored', async () => {
    await importFile('WhatsApp Chat with Alex.txt', fixture('whatsapp-android-en.txt'), ['Alex'], 'whatsapp');
    const before = { entries: (await journal.loadJournal()).entries.length, blobs: [...raw.blobStore.keys()].sort() };
    const parsed = await parseSmsXml([fixture('sms.xml')]);
    const plan = planImport(parsed.items, { senders: ['+15550100199'], keepContext: true, grouped: true, zone: UTC }, await imports.journalKeys());
    const file = new File([fixture('sms.xml')], 'sms.xml');
    const reached = new Promise<void>((resolve) => {
      killAt.kind = 'journal-version';
      killAt.reached = resolve;
    });
    // The media are stored; the tab dies as the entries' transaction starts: it never commits.
    const dead = imports.runImport(file, parsed, plan, mediaReader(file, { kind: 'sms-xml', media: new Map() }), undefined, () => undefined, new AbortController().signal).catch(() => 'gone');
    await reached;
    expect(raw.blobStore.size).toBe(before.blobs.length + 2); // the backup and its picture, orphans
    expect([...raw.records.values()].filter((r) => r.kind === 'import-pending')).toHaveLength(1);
    // The next unlock.
    expect(await imports.recoverImports()).toBe(2);
    expect([...raw.blobStore.keys()].sort()).toEqual(before.blobs);
    expect([...raw.records.values()].filter((r) => r.kind === 'import-pending')).toHaveLength(0);
    expect((await journal.loadJournal()).entries).toHaveLength(before.entries);
    expect((await journal.verifyJournal()).ok).toBe(true);
    killAt.end(); // the dead tab's pending write, let go so this test file's journal queue moves on
    expect(await dead).toBe('gone');
  });

  it('killed just after the entries were written: the next unlock keeps every attachment and drops only the note', async () => {
    await importFile('sms-20220328.xml', fixture('sms.xml'), ['+15550100199'], 'sms');
    const entry = (await journal.loadJournal()).entries[0]!.current;
    const ids = [...raw.blobStore.keys()];
    // The note the import deletes last, as if the tab died before deleting it.
    await repository('import-pending').put({ batch: entry.imported!.batch, at: Date.now(), blobIds: ids });
    expect(await imports.recoverImports()).toBe(0);
    expect([...raw.blobStore.keys()]).toEqual(ids);
    expect([...raw.records.values()].filter((r) => r.kind === 'import-pending')).toHaveLength(0);
  });

  it('writes nothing when cancelled', async () => {
    const text = fixture('whatsapp-android-en.txt');
    const parsed = parseWhatsApp(text);
    const plan = planImport(parsed.items, { senders: ['Alex'], keepContext: false, grouped: true, zone: UTC }, new Set());
    const controller = new AbortController();
    controller.abort();
    await expect(imports.runImport(new File([text], 'a.txt'), parsed, plan, new Map(), UTC, () => undefined, controller.signal)).rejects.toThrow();
    expect((await journal.journalVersions())).toHaveLength(0);
  });
});

describe('records older than imports', () => {
  it('reads a version saved before issue 25 (no imported field, older channels) as it was', () => {
    const old = { kind: 'incident', occurredAt: 1_600_000_000_000, channels: ['call', 'text'], what: 'Called', exactWords: 'Pick up.', where: '', witnesses: [], children: 'unknown', weaponOrVehicle: '', police: { contacted: false, officer: '', badge: '', reportNumber: '' }, otherReports: '', impact: '', evidence: [] };
    const data = readEntryData(old)!;
    expect(data.imported).toBeUndefined();
    expect(data.channels).toEqual(['call', 'text']);
    expect(data.times).toBe(1);
    expect(readEntryData({ ...old, imported: { batch: 'b', sha256: 'nope' } })!.imported).toBeUndefined();
  });
});
