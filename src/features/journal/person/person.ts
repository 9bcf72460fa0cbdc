// The person the journal is about: who they are and how they reach out (one per journal).
import { fromDateInput } from '../model';
/**
 * `from`/`to`: in force from / expires (YYYY-MM-DD). Issue 23 added when it was issued and served
 * (dates), how it was served and its terms (free text: what it forbids), all '' when not known.
 */
export interface ProtectionOrder {
  inForce: boolean; court: string; number: string; from: string; to: string;
  issued: string; served: string; servedHow: string; terms: string;
}

export function emptyOrder(): ProtectionOrder {
  return { inForce: false, court: '', number: '', from: '', to: '', issued: '', served: '', servedHow: '', terms: '' };
}

export interface Person {
  names: string;
  /** One item per line: phone numbers, emails, accounts. */
  phones: string;
  accounts: string;
  vehicle: string;
  photo?: { blobId: string; thumbId?: string; sha256: string; type: string };
  order: ProtectionOrder;
  updatedAt: number;
}

export function emptyPerson(): Person {
  return { names: '', phones: '', accounts: '', vehicle: '', order: emptyOrder(), updatedAt: 0 };
}

/** The stored profile as a complete Person, whatever was stored (an older version, a damaged field). */
export function readPerson(raw: unknown): Person {
  const out = emptyPerson();
  if (typeof raw !== 'object' || raw === null) return out;
  const p = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  out.names = text(p.names);
  out.phones = text(p.phones);
  out.accounts = text(p.accounts);
  out.vehicle = text(p.vehicle);
  out.updatedAt = typeof p.updatedAt === 'number' && Number.isFinite(p.updatedAt) ? p.updatedAt : 0;
  const photo = p.photo as Record<string, unknown> | undefined;
  if (photo && typeof photo.blobId === 'string' && typeof photo.sha256 === 'string') {
    out.photo = { blobId: photo.blobId, sha256: photo.sha256, type: text(photo.type), ...(typeof photo.thumbId === 'string' ? { thumbId: photo.thumbId } : {}) };
  }
  const order = (typeof p.order === 'object' && p.order !== null ? p.order : {}) as Record<string, unknown>;
  // An order stored before issue 23 has no issued, served or terms: they read as not known.
  out.order = {
    inForce: order.inForce === true, court: text(order.court), number: text(order.number), from: text(order.from), to: text(order.to),
    issued: text(order.issued), served: text(order.served), servedHow: text(order.servedHow), terms: text(order.terms),
  };
  return out;
}

/** Splits a one-per-line field into its non-empty, trimmed items. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** Nothing written about the order (a date alone counts: it is what a court asks first). */
export function isOrderEmpty(o: ProtectionOrder): boolean {
  return !o.inForce && ![o.court, o.number, o.from, o.to, o.issued, o.served, o.servedHow, o.terms].some((v) => v.trim());
}

export function isPersonEmpty(p: Person): boolean {
  return !p.names.trim() && !p.phones.trim() && !p.accounts.trim() && !p.vehicle.trim() && !p.photo && isOrderEmpty(p.order);
}

/** The order's dates must be real dates (YYYY-MM-DD); it cannot expire before it starts, nor be served before it was issued. */
export function validatePerson(p: Person): Array<'orderDates'> {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const { from, to, issued, served } = p.order;
  if ([from, to, issued, served].some((d) => d && (!date.test(d) || fromDateInput(d) === null))) return ['orderDates'];
  if ((from && to && to < from) || (issued && served && served < issued)) return ['orderDates'];
  return [];
}

/** The order's dates as times (from local midnight to the end of the last day); null when not in force. */
export function orderSpan(order: ProtectionOrder): { from: number | null; to: number | null } | null {
  if (!order.inForce) return null;
  return { from: order.from ? fromDateInput(order.from) : null, to: order.to ? fromDateInput(order.to, true) : null };
}

export function withinOrder(at: number, span: { from: number | null; to: number | null } | null): boolean {
  return span !== null && (span.from === null || at >= span.from) && (span.to === null || at <= span.to);
}
