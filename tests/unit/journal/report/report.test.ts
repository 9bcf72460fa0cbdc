// The report's content (order, amendments, exhibits, omissions, redaction) and CSV escaping.
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../../src/features/journal/record/chain';
import { buildReport, DEFAULT_REPORT_OPTIONS, redact, REDACTED } from '../../../../src/features/journal/report/report';
import { csvCell, csvColumns, entriesCsv, type CsvText } from '../../../../src/features/journal/report/csv';
import { chainOf, DAY, incident, SHA, T0 } from '../helpers';

const photo = (n: number) => ({ blobId: `blob${n}`, name: `photo${n}.jpg`, type: 'image/jpeg', size: 10, sha256: SHA, addedAt: T0 });

async function journal() {
  const chain = await chainOf([
    { id: 'late', data: incident(T0 + 2 * DAY, 'Waited at 12 Elm Street', ['in-person'], { where: '12 elm street', impact: 'Scared', evidence: [photo(2)] }) },
    { id: 'early', data: incident(T0, 'Called 5 times', ['call'], { evidence: [photo(1)] }) },
    { id: 'early', data: incident(T0, 'Called 6 times', ['call', 'threats'], { evidence: [photo(1)] }) },
    { id: 'notice', data: { ...incident(T0 + DAY, 'Notice'), channels: [], kind: 'notice', notice: { channel: 'email', letterId: 'l', title: 'Notice' } } },
  ]);
  return { entries: buildEntries(chain), noticeAt: T0 + DAY };
}

describe('buildReport', () => {
  it('lists entries oldest first with amendments, numbered exhibits and the before/after split', async () => {
    const { entries, noticeAt } = await journal();
    const report = buildReport(entries, noticeAt, DEFAULT_REPORT_OPTIONS);
    expect(report.entries.map((e) => `${e.n}:${e.id}`)).toEqual(['1:early', '2:notice', '3:late']);
    const early = report.entries[0]!;
    expect(early.data.what).toBe('Called 6 times');
    expect(early.amendments).toHaveLength(1);
    expect(early.amendments[0]).toMatchObject({ version: 1, changed: ['channels', 'what'] });
    expect(early.amendments[0]!.data.what).toBe('Called 5 times');
    expect(report.exhibits.map((x) => `${x.n}:${x.entryNumber}:${x.ref.name}`)).toEqual(['1:1:photo1.jpg', '2:3:photo2.jpg']);
    expect(report.summary).toMatchObject({ incidents: 2, before: 1, after: 1, noticeAt, byChannel: { call: 1, threats: 1, 'in-person': 1 }, from: T0, to: T0 + 2 * DAY });
    expect(report.entries[2]!.afterNotice).toBe(true);
  });

  it('keeps only the chosen period', async () => {
    const { entries, noticeAt } = await journal();
    const report = buildReport(entries, noticeAt, { ...DEFAULT_REPORT_OPTIONS, from: T0 + DAY, to: null });
    expect(report.entries.map((e) => e.id)).toEqual(['notice', 'late']);
    expect(report.exhibits.map((x) => x.n)).toEqual([1]);
  });

  it('leaves out chosen fields and redacts phrases everywhere, counting them', async () => {
    const { entries, noticeAt } = await journal();
    const report = buildReport(entries, noticeAt, { ...DEFAULT_REPORT_OPTIONS, omit: ['impact'], redact: ['12 Elm Street'] });
    const late = report.entries[2]!;
    expect(late.data.impact).toBe('');
    expect(late.data.what).toBe(`Waited at ${REDACTED}`);
    expect(late.data.where).toBe(REDACTED);
    expect(report.summary.redactions).toBe(2);
    expect(JSON.stringify(report)).not.toMatch(/elm street|Scared/i);
  });
});

describe('redact', () => {
  it('matches case-insensitively, longest phrase first, and treats phrases literally', () => {
    expect(redact('Flat 2, 12 Elm St. (back)', ['12 elm st.', '12'])).toEqual({ text: `Flat 2, ${REDACTED} (back)`, count: 1 });
    expect(redact('a+b a.b', ['a+b'])).toEqual({ text: `${REDACTED} a.b`, count: 1 });
    expect(redact('nothing', ['', '  '])).toEqual({ text: 'nothing', count: 0 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks; defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "stop"')).toBe('"say ""stop"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@me')).toBe("'@me");
  });

  const text: CsvText = {
    header: (c) => c, date: (ms) => new Date(ms).toISOString(), yesNo: (v) => (v ? 'yes' : 'no'),
    children: (v) => v, kind: (v) => v, channel: (v) => v, sparc: (v) => v,
  };

  it('writes one row per entry in report order, with a BOM and CRLF, omitting left-out columns', async () => {
    const { entries, noticeAt } = await journal();
    const report = buildReport(entries, noticeAt, { ...DEFAULT_REPORT_OPTIONS, omit: ['impact', 'police'] });
    const csv = entriesCsv(report.entries, ['impact', 'police'], text);
    expect(csv.startsWith('\uFEFFnumber,occurredAt,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, 3 rows, final empty
    expect(lines[0]).not.toMatch(/impact|officer|badge/);
    expect(lines[1]).toContain('Called 6 times');
    expect(lines[1]).toContain(`#1 photo1.jpg sha256:${SHA}`);
    expect(lines[1]).toContain(',2,'); // two versions
    expect(lines[3]).toContain('Waited at 12 Elm Street');
    expect(csvColumns([])).toContain('impact');
  });
});
