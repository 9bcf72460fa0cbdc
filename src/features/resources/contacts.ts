// The person's own contacts (an advocate, a shelter, a lawyer): shape, checks and links.
import { smsHref, telHref, userDialString } from './phone';

export const CONTACT_ROLES = ['advocate', 'shelter', 'lawyer', 'police', 'trusted', 'work', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface Contact {
  name: string;
  role: ContactRole;
  phone: string;
  note: string;
}

export type ContactError = 'nameMissing' | 'phoneInvalid' | 'tooLong';

export const LIMITS = { name: 120, phone: 40, note: 1000 } as const;

export const EMPTY_CONTACT: Contact = { name: '', role: 'trusted', phone: '', note: '' };

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

export function isContactRole(value: unknown): value is ContactRole {
  return typeof value === 'string' && (CONTACT_ROLES as readonly string[]).includes(value);
}

/** Why a contact cannot be saved, or null when it can. A phone is optional but must be dialable. */
export function validateContact(contact: Contact): ContactError | null {
  if (!contact.name.trim()) return 'nameMissing';
  if (contact.name.length > LIMITS.name || contact.phone.length > LIMITS.phone || contact.note.length > LIMITS.note) return 'tooLong';
  if (contact.phone.trim() && !userDialString(contact.phone)) return 'phoneInvalid';
  return null;
}

/** What is stored: trimmed, known role, nothing else. Unreadable input gives null. */
export function normaliseContact(raw: unknown): Contact | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const contact: Contact = {
    name: text(value.name, LIMITS.name),
    role: isContactRole(value.role) ? value.role : 'other',
    phone: text(value.phone, LIMITS.phone),
    note: text(value.note, LIMITS.note),
  };
  return contact.name ? contact : null;
}

export function contactLinks(contact: Contact): { tel: string; sms: string } | null {
  const dial = userDialString(contact.phone);
  return dial ? { tel: telHref(dial), sms: smsHref(dial) } : null;
}

/** Sorted for display: by role in the order above, then by name. */
export function sortContacts<T extends { value: Contact }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) =>
    CONTACT_ROLES.indexOf(a.value.role) - CONTACT_ROLES.indexOf(b.value.role) || a.value.name.localeCompare(b.value.name));
}
