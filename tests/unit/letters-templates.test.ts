// Every template fills completely in both languages, names channels in natural language, and
// (for letters to the person) passes its own tone check.
import { describe, expect, it } from 'vitest';
import { isMessageKey, LANGS, translate, type Lang } from '../../src/i18n';
import { CHANNELS, TEXT_FIELDS, type Channel, type LetterContent, type TemplateId, type TextField } from '../../src/features/letters/model';
import {
  channelPhrase, fillLetter, joinList, leftoverMarkers, marker, missingFields, newContent, TEMPLATES, templateById, unreplaced,
} from '../../src/features/letters/templates';
import { checkTone, SCOPE_KINDS } from '../../src/features/letters/tone';

const VALUES: Record<TextField, string> = {
  recipient: 'Alex Rivera', person: 'Alex Rivera', thirdParty: 'Sam Lee', thirdPartyContact: '555-0100',
  description: 'Tall, drives a grey Honda, plate 7ABC123', callWho: 'the front desk at 555-0199',
  theirAccount: '@alex.r', myAccount: '555-0123', noticeDate: '2026-10-02', sender: 'Jordan Diaz',
  senderContact: 'jordan@example.org', date: '2026-11-23',
};

function complete(id: TemplateId, lang: Lang, channels: Channel[] = ['calls', 'texts', 'email']): LetterContent {
  const text: Partial<Record<TextField, string>> = {};
  for (const f of templateById(id).fields) if (f !== 'channels') text[f] = VALUES[f];
  return { templateId: id, lang, fields: { text, channels }, customBody: null };
}

const cases = TEMPLATES.flatMap((tpl) => LANGS.map((lang) => [tpl.id, lang] as const));

describe('template filling', () => {
  it('has at least six templates, each with title, explanations, subject and body in both languages', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(6);
    for (const [id, lang] of cases) {
      for (const part of ['title', 'summary', 'use', 'avoid', 'subject', 'body']) {
        const key = `letters.tpl.${id}.${part}`;
        expect(isMessageKey(key), key).toBe(true);
        expect(translate(lang, key as never).trim().length, `${lang} ${key}`).toBeGreaterThan(3);
      }
    }
    // The six kinds of letter the issue asks for are all there.
    expect(TEMPLATES.map((t) => t.id)).toEqual(expect.arrayContaining(['noticeShort', 'noticeFormal', 'final', 'belongings', 'institution', 'circle', 'platform']));
  });

  // The two dates the fields hold, as each language writes them in a letter (Intl's long date).
  const LETTER_DATES: Record<Lang, { date: string; noticeDate: string }> = {
    en: { date: 'November 23, 2026', noticeDate: 'October 2, 2026' },
    es: { date: '23 de noviembre de 2026', noticeDate: '2 de octubre de 2026' },
    fr: { date: '23 novembre 2026', noticeDate: '2 octobre 2026' },
    pt: { date: '23 de novembro de 2026', noticeDate: '2 de outubro de 2026' },
    ar: { date: '23 نوفمبر 2026', noticeDate: '2 أكتوبر 2026' },
  };

  it.each(cases)('%s (%s) leaves no placeholder or marker once every field is filled', (id, lang) => {
    const content = complete(id, lang);
    expect(missingFields(content)).toEqual([]);
    const { subject, body } = fillLetter(content);
    expect(unreplaced(subject)).toEqual([]);
    expect(unreplaced(body)).toEqual([]);
    expect(body).not.toMatch(/\[|\]|undefined|null/);
    expect(body).not.toMatch(/\n{3,}/);
    for (const field of templateById(id).fields) {
      if (field === 'channels') expect(body).toContain(channelPhrase(content.fields.channels, lang));
      else if (field === 'date' || field === 'noticeDate') expect(body).toContain(LETTER_DATES[lang][field]);
      else expect(body).toContain(VALUES[field]);
    }
  });

  it.each(cases)('%s (%s) shows what is missing as markers, never as raw placeholders', (id, lang) => {
    const content: LetterContent = { templateId: id, lang, fields: { text: {}, channels: [] }, customBody: null };
    const { subject, body } = fillLetter(content);
    expect(unreplaced(subject + body)).toEqual([]);
    const def = templateById(id);
    const required = def.fields.filter((f) => !def.optional.includes(f));
    expect(missingFields(content).sort()).toEqual([...required].sort());
    for (const field of required) expect(subject + body).toContain(marker(id, field, lang));
  });

  it('drops the line of an empty optional field', () => {
    const content = complete('institution', 'en');
    content.fields.text.description = '   ';
    const { body } = fillLetter(content);
    expect(body).not.toContain('How to recognise');
    expect(body).not.toMatch(/\n{3,}/);
    expect(missingFields(content)).toEqual([]);
  });

  it('treats an impossible date as missing', () => {
    const content = complete('final', 'en');
    content.fields.text.noticeDate = '2026-02-30';
    expect(missingFields(content)).toEqual(['noticeDate']);
  });

  it('uses the person’s own wording when they edit it, and finds markers left in it', () => {
    const content = { ...complete('noticeShort', 'es'), customBody: 'No vuelvas a contactarme. [Tu nombre]' };
    expect(fillLetter(content).body).toBe('No vuelvas a contactarme. [Tu nombre]');
    expect(leftoverMarkers(content, content.customBody)).toEqual(['sender']);
    expect(leftoverMarkers(content, 'No vuelvas a contactarme.')).toEqual([]);
  });

  it('starts a letter with today, the usual channels, and the first notice’s date where it needs one', () => {
    const now = new Date(2026, 10, 23, 15, 30).getTime();
    const fresh = newContent('noticeShort', 'en', now, '2026-10-02');
    expect(fresh.fields.text.date).toBe('2026-11-23');
    expect(fresh.fields.text.noticeDate).toBeUndefined();
    expect(fresh.fields.channels.length).toBeGreaterThan(0);
    expect(newContent('final', 'es', now, '2026-10-02').fields.text.noticeDate).toBe('2026-10-02');
    expect(newContent('platform', 'es', now, null).fields.text.noticeDate).toBeUndefined();
  });

  it('every field a template uses is a known field', () => {
    for (const tpl of TEMPLATES) for (const f of tpl.fields) expect([...TEXT_FIELDS, 'channels']).toContain(f);
  });
});

describe('channels in natural language', () => {
  it('lists channels as people write them, in each language', () => {
    expect(channelPhrase(['calls', 'texts', 'email'], 'en')).toBe('calls, texts and email');
    expect(channelPhrase(['calls', 'texts', 'email'], 'es')).toBe('llamadas, mensajes de texto y correo electrónico');
    expect(channelPhrase(['email'], 'en')).toBe('email');
    expect(channelPhrase(['gifts', 'calls'], 'en')).toBe('calls and gifts');
    expect(channelPhrase([], 'es')).toBe('');
    expect(channelPhrase(['calls', 'texts', 'email'], 'ar')).toBe('المكالمات والرسائل النصية والبريد الإلكتروني');
  });

  it('keeps a fixed order whatever order they were ticked in', () => {
    expect(channelPhrase(['email', 'calls', 'texts'], 'en')).toBe(channelPhrase(['calls', 'texts', 'email'], 'en'));
  });

  it('has a phrase for every channel in both languages', () => {
    for (const lang of LANGS) {
      const all = channelPhrase([...CHANNELS], lang);
      expect(unreplaced(all)).toEqual([]);
      // Arabic writes «و» before every item instead of commas: each phrase is there, once.
      if (lang === 'ar') for (const c of CHANNELS) expect(all).toContain(translate(lang, `letters.phrase.${c}` as Parameters<typeof translate>[1]));
      else expect(all.split(',').length).toBe(CHANNELS.length - 1);
    }
  });

  it('writes "e" instead of "y" before an /i/ sound in Spanish', () => {
    expect(joinList(['cartas', 'invitaciones'], 'es')).toBe('cartas e invitaciones');
    expect(joinList(['cartas', 'hijos'], 'es')).toBe('cartas e hijos');
    expect(joinList(['agua', 'hielo'], 'es')).toBe('agua y hielo');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });
});

describe('the templates follow their own advice', () => {
  it.each(cases)('%s (%s) passes the tone check for its kind of letter', (id, lang) => {
    const def = templateById(id);
    const { body } = fillLetter(complete(id, lang, [...CHANNELS]));
    expect(checkTone(body, lang, SCOPE_KINDS[def.tone])).toEqual([]);
  });

  it('marks the letters to the person as notices, and the others not', () => {
    const notices = TEMPLATES.filter((t) => t.notice).map((t) => t.id);
    expect(notices).toEqual(['noticeShort', 'noticeFormal', 'final', 'belongings']);
    for (const t of TEMPLATES) expect(t.tone).toBe(t.notice ? 'person' : 'others');
  });
});
