// The protection order's fields (issue 23): an order stored before them opens unchanged, the new
// dates are checked, redaction reaches the free text, and the printed facts name each field.
import { describe, expect, it } from 'vitest';
import { isPersonEmpty, readPerson, validatePerson, emptyPerson } from '../../../../src/features/journal/person/person';
import { DEFAULT_REPORT_OPTIONS, preparePerson, REDACTED } from '../../../../src/features/journal/report/report';
import { orderFacts } from '../../../../src/features/journal/labels';

// As the code before issue 23 wrote the profile (person.ts's Person then): no issued, served or terms.
const OLD_RECORD = {
  names: 'Alex Doe', phones: '+1 555 0100', accounts: '', vehicle: 'Grey sedan',
  order: { inForce: true, court: 'Kings County Family Court', number: 'O-1234/26', from: '2026-11-01', to: '2027-11-01' },
  updatedAt: 1_790_000_000_000,
};

describe('the protection order', () => {
  it('opens an order stored before its new fields unchanged, the new ones empty', () => {
    const person = readPerson(JSON.parse(JSON.stringify(OLD_RECORD)));
    expect(person.order).toEqual({
      inForce: true, court: 'Kings County Family Court', number: 'O-1234/26', from: '2026-11-01', to: '2027-11-01',
      issued: '', served: '', servedHow: '', terms: '',
    });
    expect(person.names).toBe('Alex Doe');
    expect(person.updatedAt).toBe(1_790_000_000_000);
    expect(validatePerson(person)).toEqual([]);
  });

  it('keeps the new fields through a save and a read, and ignores what is not text', () => {
    const order = { ...OLD_RECORD.order, issued: '2026-10-30', served: '2026-11-02', servedHow: 'In person by a deputy', terms: 'No contact; stay 100 m from home and work.' };
    expect(readPerson(JSON.parse(JSON.stringify({ ...OLD_RECORD, order }))).order).toEqual(order);
    expect(readPerson({ ...OLD_RECORD, order: { ...OLD_RECORD.order, served: 20261102, terms: ['no contact'] } }).order).toMatchObject({ served: '', terms: '' });
  });

  it('checks the issued and served dates: real dates, and served no earlier than issued', () => {
    const withOrder = (patch: object) => ({ ...emptyPerson(), order: { ...emptyPerson().order, ...patch } });
    expect(validatePerson(withOrder({ issued: '2026-10-30', served: '2026-10-30' }))).toEqual([]);
    expect(validatePerson(withOrder({ issued: '2026-10-30', served: '2026-10-29' }))).toEqual(['orderDates']);
    expect(validatePerson(withOrder({ served: '2026-02-30' }))).toEqual(['orderDates']);
    expect(validatePerson(withOrder({ issued: '30/10/2026' }))).toEqual(['orderDates']);
    expect(validatePerson(withOrder({ from: '2026-11-02', to: '2026-11-01' }))).toEqual(['orderDates']);
  });

  it('counts an order known only by its terms or a date as something written', () => {
    expect(isPersonEmpty(emptyPerson())).toBe(true);
    expect(isPersonEmpty({ ...emptyPerson(), order: { ...emptyPerson().order, terms: 'No contact' } })).toBe(false);
    expect(isPersonEmpty({ ...emptyPerson(), order: { ...emptyPerson().order, served: '2026-11-02' } })).toBe(false);
  });

  it('redacts the terms and how it was served like the court and number', () => {
    const person = { ...emptyPerson(), order: { ...emptyPerson().order, court: 'Kings County', servedHow: 'at 12 Elm St by a deputy', terms: 'Stay away from 12 Elm St' } };
    const shown = preparePerson(person, { ...DEFAULT_REPORT_OPTIONS, redact: ['12 Elm St'] })!;
    expect(shown.order.terms).toBe(`Stay away from ${REDACTED}`);
    expect(shown.order.servedHow).toBe(`at ${REDACTED} by a deputy`);
    expect(shown.order.court).toBe('Kings County');
  });

  it('prints each known fact with its label, served with how, and nothing for the rest', () => {
    const order = { ...emptyPerson().order, inForce: true, number: 'O-1234/26', issued: '2026-10-30', served: '2026-11-02', servedHow: 'in person by a deputy', to: '2027-11-01', terms: 'No contact.' };
    expect(orderFacts(order)).toEqual([
      'A protection order is in force', 'Order or case number: O-1234/26', 'Issued on: Oct 30, 2026',
      'Served on: Nov 2, 2026 (in person by a deputy)', 'Valid until: Nov 1, 2027', 'What the order forbids (its terms): No contact.',
    ]);
    expect(orderFacts({ ...emptyPerson().order, servedHow: 'by post' })).toEqual(['How it was served: by post']);
    expect(orderFacts(emptyPerson().order)).toEqual([]);
  });
});
