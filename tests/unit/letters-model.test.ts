// Letters' pure rules: the "after notice" boundary (the journal's rule, fed by the letters'
// notice date), dates, "Mark as sent" checks, list order, stored-record checks and send links.
import { describe, expect, it } from 'vitest';
import { isAfterNotice } from '../../src/features/journal/model';
import {
  earliestNotice, isLetterRecord, letterDate, parseLocal, sortLetters, toDateInput, toDateTimeInput, validateSent,
  FUTURE_TOLERANCE_MS, type LetterRecord,
} from '../../src/features/letters/model';
import { isNoticeTemplate } from '../../src/features/letters/templates';
import { mailtoHref, neutralFileName, smsHref } from '../../src/features/letters/send';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

function letter(over: Partial<LetterRecord> & { sentAt?: number } = {}): LetterRecord {
  const { sentAt, ...rest } = over;
  return {
    templateId: 'noticeShort', lang: 'en', fields: { text: {}, channels: ['calls'] }, customBody: null,
    status: sentAt === undefined ? 'draft' : 'sent', createdAt: at(1, 9), updatedAt: at(1, 9),
    sent: sentAt === undefined ? undefined : { sentAt, channel: 'email', reference: '', proof: [], journalEntryId: null, subject: 's', body: 'b' },
    ...rest,
  };
}

describe('"after notice" at the boundary (the journal’s isAfterNotice, with the letters’ notice time)', () => {
  const notice = earliestNotice([letter({ sentAt: at(23, 15, 30) })], isNoticeTemplate)!;
  const incident = (occurredAt: number) => ({ kind: 'incident' as const, occurredAt });

  it('uses the moment the notice was sent', () => {
    expect(notice).toBe(at(23, 15, 30));
  });
  it('same day, earlier: before notice', () => {
    expect(isAfterNotice(incident(at(23, 9)), notice)).toBe(false);
    expect(isAfterNotice(incident(notice - 60_000), notice)).toBe(false);
  });
  it('the same moment and later the same day: after notice', () => {
    expect(isAfterNotice(incident(notice), notice)).toBe(true);
    expect(isAfterNotice(incident(at(23, 22)), notice)).toBe(true);
  });
  it('an earlier day is before, a later day after', () => {
    expect(isAfterNotice(incident(at(22, 23, 59)), notice)).toBe(false);
    expect(isAfterNotice(incident(at(24, 0, 1)), notice)).toBe(true);
  });
  it('without a notice nothing is after, and the notice entry itself is neither', () => {
    expect(isAfterNotice(incident(at(30, 12)), null)).toBe(false);
    expect(isAfterNotice({ kind: 'notice', occurredAt: notice }, notice)).toBe(false);
  });
});

describe('earliest notice', () => {
  it('takes the first sent notice, ignoring drafts and letters to other people', () => {
    const records = [
      letter({ sentAt: at(20, 10), templateId: 'circle' }),
      letter({ templateId: 'noticeFormal' }),
      letter({ sentAt: at(25, 10), templateId: 'final' }),
      letter({ sentAt: at(23, 10), templateId: 'noticeFormal' }),
    ];
    expect(earliestNotice(records, isNoticeTemplate)).toBe(at(23, 10));
    expect(earliestNotice([letter()], isNoticeTemplate)).toBeNull();
  });
});

describe('dates', () => {
  it('round-trips date and date-time inputs in local time', () => {
    expect(toDateInput(at(3, 8))).toBe('2026-11-03');
    expect(toDateTimeInput(at(3, 8, 5))).toBe('2026-11-03T08:05');
    expect(parseLocal('2026-11-03T08:05')).toBe(at(3, 8, 5));
    expect(parseLocal('2026-11-03')).toBe(at(3, 0));
  });
  it('refuses what is not a real date', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '2026-11-03T24:00', 'yesterday', '03/11/2026']) expect(parseLocal(bad), bad).toBeNull();
  });
  it('writes the letter’s date in the letter’s language', () => {
    expect(letterDate('2026-11-23', 'en')).toBe('November 23, 2026');
    expect(letterDate('2026-11-23', 'es')).toBe('23 de noviembre de 2026');
    expect(letterDate('2026-11-31', 'en')).toBeNull();
  });
});

describe('"Mark as sent" checks', () => {
  const now = at(23, 12);
  it('accepts a past time and a known channel', () => {
    expect(validateSent(at(20, 9), 'certifiedMail', now)).toEqual([]);
    expect(validateSent(now + FUTURE_TOLERANCE_MS, 'email', now)).toEqual([]);
  });
  it('refuses a missing or future time and an unknown channel', () => {
    expect(validateSent(null, 'email', now)).toEqual(['sentAt']);
    expect(validateSent(now + FUTURE_TOLERANCE_MS + 1, 'email', now)).toEqual(['future']);
    expect(validateSent(at(20, 9), 'pigeon', now)).toEqual(['channel']);
  });
});

describe('stored letters', () => {
  it('lists drafts first (newest edit first), then sent letters (newest first)', () => {
    const items = [
      { id: 'sent-old', value: letter({ sentAt: at(2, 9) }) },
      { id: 'draft-old', value: letter({ updatedAt: at(3, 9) }) },
      { id: 'sent-new', value: letter({ sentAt: at(9, 9) }) },
      { id: 'draft-new', value: letter({ updatedAt: at(5, 9) }) },
    ];
    expect(sortLetters(items).map((i) => i.id)).toEqual(['draft-new', 'draft-old', 'sent-new', 'sent-old']);
  });
  it('accepts only well-formed records', () => {
    expect(isLetterRecord(letter())).toBe(true);
    expect(isLetterRecord(letter({ sentAt: at(2, 9) }))).toBe(true);
    expect(isLetterRecord({ ...letter(), templateId: 'unknown' })).toBe(false);
    expect(isLetterRecord({ ...letter(), status: 'sent' })).toBe(false); // sent without its sent info
    expect(isLetterRecord({ ...letter(), lang: 'xx' })).toBe(false);
    expect(isLetterRecord(null)).toBe(false);
    expect(isLetterRecord('text')).toBe(false);
  });
});

describe('send links and file names', () => {
  const body = 'Alex,\n\nDo not contact me again & stop.\n\nJordan';
  it('puts subject and body in a mailto link, with CRLF line breaks', () => {
    const href = mailtoHref('No contact', body);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('No contact');
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });
  it('puts the body in an sms link', () => {
    const href = smsHref(body);
    expect(href.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(body);
  });
  it('names downloads neutrally, by date only', () => {
    expect(neutralFileName(at(23, 12))).toBe('note-2026-11-23.txt');
  });
});
