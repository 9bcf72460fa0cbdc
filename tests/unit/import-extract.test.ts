// The packet's extract of a phone-wide backup (issue 25): only the chosen sender's records, verbatim,
// each under its position in the original, the original's SHA-256 stated; nobody else's messages.
import { describe, expect, it } from 'vitest';
import { buildExtract, extractName, extractRecords } from '../../src/features/import/extract';
import { parseSmsXml } from '../../src/features/import/sms';
import { redact } from '../../src/features/journal/report/report';

// Records, counted as the parser counts them: 1 Alex, 2 Mom, 3 Alex (an MMS), 4 the lawyer, 5 Alex.
const R1 = '<sms protocol="0" address="+1 555-010-0199" date="1648417260000" type="1" body="Why aren&apos;t you answering" contact_name="Alex" />';
const R2 = '<sms protocol="0" address="+15550100111" date="1648417410000" type="1" body="Dinner Sunday? Love, Mom" contact_name="Mom" />';
const R3 = '<mms date="1648417500000" msg_box="1" address="+15550100199" contact_name="Alex">\n    <parts>\n      <part seq="0" ct="text/plain" text="Look where I am" />\n    </parts>\n    <addrs>\n      <addr address="+15550100199" type="137" />\n    </addrs>\n  </mms>';
const R4 = '<sms protocol="0" address="+15550100222" date="1648417600000" type="1" body="Court date moved &amp; confirmed" contact_name="Lawyer" />';
const R5 = '<sms protocol="0" address="+15550100199" date="1648417700000" type="1" body="I know you&apos;re home.&#10;I can see the light on" contact_name="Alex" />';
const XML = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="5">\n  ${R1}\n  ${R2}\n  ${R3}\n  ${R4}\n  ${R5}\n</smses>\n`;
// Written by hand for the test (any 64 hex digits: the extract states what the import recorded).
const SHA = '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea';

/** The file in pieces of `size` characters, so records and tags fall across chunk boundaries. */
const pieces = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('phone backup extract', () => {
  it('the parser and the extract count records alike: Alex is records 1, 3 and 5', async () => {
    const parsed = await parseSmsXml([XML]);
    expect(parsed.items.filter((i) => i.from === '+15550100199').map((i) => i.pos.n)).toEqual([1, 3, 5]);
  });

  it('copies the wanted records verbatim, whatever the chunk size', async () => {
    for (const size of [1, 7, 64, 100_000]) {
      const got: Array<[number, string]> = [];
      const found = await extractRecords(pieces(XML, size), new Set([1, 3, 5]), (n, xml) => got.push([n, xml]));
      expect(found).toBe(3);
      expect(got).toEqual([[1, R1], [3, R3], [5, R5]]);
    }
  });

  it('states the original and its SHA-256, lists each record under its position, and holds nothing of anyone else', async () => {
    const blob = await buildExtract({ file: 'sms-20220328.xml', sha256: SHA, positions: [1, 3, 5] }, pieces(XML, 50));
    const text = await blob.text();
    expect(text).toBe([
      'Extract from a phone backup (SMS Backup & Restore). The backup holds every conversation on the phone, so only the records this journal’s imported entries stand for are copied here.',
      'Original file: sms-20220328.xml',
      `SHA-256 of the original file: ${SHA}`,
      'The original file is kept unchanged, byte for byte, in the journal on the device, and can be produced. Its SHA-256 can be checked against the value above.',
      'Records copied: 3, each exactly as the file has it (its XML), under its position in the original.',
      'Position: “record N” is the Nth sms, mms or call element of the original file, counted from 1.',
      '',
      '--- record 1 ---',
      R1,
      '',
      '--- record 3 ---',
      ...R3.split('\n'),
      '',
      '--- record 5 ---',
      R5,
      '',
    ].join('\r\n'));
    for (const other of ['+15550100111', 'Love, Mom', 'Mom', '+15550100222', 'Court date', 'Lawyer', '--- record 2', '--- record 4']) expect(text).not.toContain(other);
    expect(extractName('sms-20220328.xml')).toBe('Extract-sms-20220328.txt');
  });

  it('applies the report’s redactions and says how many', async () => {
    const blob = await buildExtract({ file: 'sms.xml', sha256: SHA, positions: [5] }, [XML], (t) => redact(t, ['light on']));
    const text = await blob.text();
    expect(text).toContain('Redactions at the person’s request: 1,');
    expect(text).not.toContain('light on');
    expect(text).toContain('I know you&apos;re home.&#10;I can see the ');
  });

  it('a damaged original stops the extract rather than copying a part of it', async () => {
    await expect(extractRecords([XML.slice(0, XML.indexOf('<sms', 200) + 30)], new Set([5]), () => undefined)).rejects.toThrow();
  });
});
