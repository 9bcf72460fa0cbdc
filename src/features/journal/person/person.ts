// The person the journal is about: who they are and how they reach out (one per journal).
import { fromDateInput } from '../model';
export interface ProtectionOrder { inForce: boolean; court: string; number: string; from: string; to: string }

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
  return { names: '', phones: '', accounts: '', vehicle: '', order: { inForce: false, court: '', number: '', from: '', to: '' }, updatedAt: 0 };
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
  out.order = { inForce: order.inForce === true, court: text(order.court), number: text(order.number), from: text(order.from), to: text(order.to) };
  return out;
}

/** Splits a one-per-line field into its non-empty, trimmed items. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export function isPersonEmpty(p: Person): boolean {
  return !p.names.trim() && !p.phones.trim() && !p.accounts.trim() && !p.vehicle.trim() && !p.photo && !p.order.inForce && !p.order.court.trim() && !p.order.number.trim();
}

/** The order's dates must be real dates (YYYY-MM-DD) and not end before they start. */
export function validatePerson(p: Person): Array<'orderDates'> {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const { from, to } = p.order;
  if ((from && !date.test(from)) || (to && !date.test(to)) || (from && to && to < from)) return ['orderDates'];
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
