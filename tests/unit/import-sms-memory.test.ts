// The messages kept from an SMS backup hold nothing of the chunks they were read from: a cut
// string keeps its whole chunk alive, and 10,000 kept messages held a 54 MB backup in the page.
import { describe, expect, it } from 'vitest';
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseSmsXml } from '../../src/features/import/sms';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const used = () => {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
};

/** 2,000 chunks of ~16 KB: one message each, then another person's long message as filler. */
function* backup(): Generator<string> {
  yield `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="4000">\n`;
  for (let n = 0; n < 2000; n++) {
    const filler = `${'call me back now '.repeat(940)}${n}`;
    // Built by concatenation and flattened, as a stream's decoded chunk is one flat string.
    const chunk = `  <sms address="+15550100199" date="${1_700_000_000_000 + n * 60_000}" type="1" body="I know where you live, message ${n} of many" contact_name="Alex" />\n`
      + `  <sms address="+15550100111" date="${1_700_000_000_000 + n * 60_000 + 1}" type="1" body="${filler}" contact_name="Someone else" />\n`;
    yield JSON.parse(JSON.stringify(chunk)) as string;
  }
  yield '</smses>\n';
}

describe('SMS backup memory', () => {
  it('keeps its messages without the 32 MB of chunks they came from', async () => {
    const before = used();
    const parsed = await parseSmsXml(backup());
    // Only the ex's messages are kept, as the import keeps its choice.
    const kept = parsed.items.filter((item) => item.from === '+15550100199');
    parsed.items.length = 0;
    const grew = used() - before;
    expect(kept).toHaveLength(2000);
    expect(kept[1999]!.text).toBe('I know where you live, message 1999 of many');
    // 2,000 short messages with their fields are well under 2 MB; the chunks were ~32 MB.
    expect(grew).toBeLessThan(4e6);
  });
});
