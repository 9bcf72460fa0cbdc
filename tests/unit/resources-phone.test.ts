// Phone helpers, the own-contacts model and the step guide's progress.
import { describe, expect, it } from 'vitest';
import { dialString, keypadDigits, smsHref, telHref, userDialString } from '../../src/features/resources/phone';
import { contactLinks, normaliseContact, sortContacts, validateContact } from '../../src/features/resources/contacts';
import { STEP_IDS, STEP_LINKS, nextStep, normaliseSteps, setStepDone, stepsProgress } from '../../src/features/resources/steps';
import { CATALOGS } from '../../src/i18n';

const NANP = { countryCode: '1', trunkPrefix: '1', nationalDigits: [10, 10] as const };
const UK = { countryCode: '44', trunkPrefix: '0', nationalDigits: [9, 10] as const };

describe('dialString', () => {
  it('turns published numbers into E.164 and keeps short codes', () => {
    expect(dialString('1-800-799-7233', NANP)).toBe('+18007997233');
    expect(dialString('(800) 799-7233', NANP)).toBe('+18007997233');
    expect(dialString('+1 800 799 7233', NANP)).toBe('+18007997233');
    expect(dialString('0808 2000 247', UK)).toBe('+448082000247');
    expect(dialString('911', NANP)).toBe('911');
    expect(dialString('116 123', UK)).toBe('116123');
  });
  it('refuses what cannot be dialled', () => {
    for (const bad of ['', '12', '1-800-SAFE', '1-800-799-72330', '800-799-723', 'tel:911', '+0 800', '0 0808 2000 247']) {
      expect(dialString(bad, bad.startsWith('0') ? UK : NANP), bad).toBeNull();
    }
  });
  it('checks vanity numbers on the keypad', () => {
    expect(keypadDigits('1-800-799-SAFE')).toBe('18007997233');
    expect(keypadDigits('1-800-621-HOPE')).toBe('18006214673');
  });
});

describe('links', () => {
  it('builds tel: and sms: hrefs, encoding the body', () => {
    expect(telHref('+18007997233')).toBe('tel:+18007997233');
    expect(smsHref('88788', 'START')).toBe('sms:88788?body=START');
    expect(smsHref('88788', 'HELLO THERE')).toBe('sms:88788?body=HELLO%20THERE');
    expect(smsHref('988')).toBe('sms:988');
  });
  it('accepts loosely written own numbers but only digits go into the link', () => {
    expect(userDialString(' (555) 010-0199 ')).toBe('5550100199');
    expect(userDialString('+44 20 7946 0000')).toBe('+442079460000');
    expect(userDialString('12')).toBeNull();
    expect(userDialString('call me')).toBeNull();
    expect(userDialString('555;drop')).toBeNull();
  });
});

describe('own contacts', () => {
  const ok = { name: 'Rosa (advocate)', role: 'advocate' as const, phone: '555-0100', note: '' };
  it('validates name and phone', () => {
    expect(validateContact(ok)).toBeNull();
    expect(validateContact({ ...ok, phone: '' })).toBeNull();
    expect(validateContact({ ...ok, name: '  ' })).toBe('nameMissing');
    expect(validateContact({ ...ok, phone: 'abc' })).toBe('phoneInvalid');
    expect(validateContact({ ...ok, note: 'x'.repeat(1001) })).toBe('tooLong');
  });
  it('normalises stored values and gives call and text links', () => {
    expect(normaliseContact({ name: ' Rosa ', role: 'boss', phone: ' 555-0100 ', extra: 1 })).toEqual({ name: 'Rosa', role: 'other', phone: '555-0100', note: '' });
    expect(normaliseContact({ name: '' })).toBeNull();
    expect(normaliseContact('x')).toBeNull();
    expect(contactLinks(ok)).toEqual({ tel: 'tel:5550100', sms: 'sms:5550100' });
    expect(contactLinks({ ...ok, phone: '' })).toBeNull();
  });
  it('sorts by role then name', () => {
    const list = [
      { id: '1', value: { ...ok, name: 'Zoe', role: 'lawyer' as const } },
      { id: '2', value: { ...ok, name: 'Bea', role: 'advocate' as const } },
      { id: '3', value: { ...ok, name: 'Al', role: 'advocate' as const } },
    ];
    expect(sortContacts(list).map((c) => c.id)).toEqual(['3', '2', '1']);
  });
});

describe('step guide', () => {
  it('has the nine steps of DOMAIN.md §4, each with words in both languages and a place where Daybook helps', () => {
    expect(STEP_IDS).toHaveLength(9);
    for (const id of STEP_IDS) {
      expect(STEP_LINKS[id].length).toBeGreaterThan(0);
      for (const lang of ['en', 'es'] as const) {
        expect(CATALOGS[lang][`resources.step.${id}.title`]).toBeTruthy();
        for (const link of STEP_LINKS[id]) expect(CATALOGS[lang][`resources.link.${link.id}`]).toBeTruthy();
      }
    }
    expect(STEP_LINKS.tell[0]).toEqual({ id: 'letter', to: { screen: 'letters', sub: { to: 'new', template: 'noticeShort' } } });
    expect(STEP_LINKS.document[0]).toEqual({ id: 'journalNew', to: { screen: 'journal', sub: { to: 'new' } } });
    expect(STEP_LINKS.block[0]).toEqual({ id: 'planTech', to: { screen: 'plan', sub: { to: 'section', id: 'technology' } } });
  });
  it('remembers progress in order, once each, ignoring unknown ids', () => {
    let done = setStepDone([], 'block', true);
    done = setStepDone(done, 'tell', true);
    done = setStepDone(done, 'tell', true);
    expect(done).toEqual(['tell', 'block']);
    expect(stepsProgress(done)).toEqual({ done: 2, total: 9 });
    expect(nextStep(done)).toBe('noReply');
    expect(setStepDone(done, 'tell', false)).toEqual(['block']);
    expect(normaliseSteps(['tell', 'bogus', 3, 'tell'])).toEqual(['tell']);
    expect(normaliseSteps('nope')).toEqual([]);
    expect(nextStep([...STEP_IDS])).toBeUndefined();
  });
});
