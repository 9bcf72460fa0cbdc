// A list of contacts with tap-to-call and tap-to-text, and add / edit / delete. Storage is the caller's.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { ContactForm } from './ContactForm';
import { EMPTY_CONTACT, contactLinks, sortContacts, type Contact } from './contacts';
import './resources.css';

export interface ContactListProps {
  idPrefix: string;
  contacts: ReadonlyArray<{ id: string; value: Contact }>;
  /** Saves a new contact (no id) or replaces one; rejects on a storage error. */
  onSave(contact: Contact, id?: string): Promise<void>;
  onDelete(id: string): Promise<void>;
}

function ContactCard({ contact, onEdit, onDelete }: { contact: Contact; onEdit(): void; onDelete(): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const links = contactLinks(contact);
  const name = contact.name;
  return (
    <li class="card contact">
      <p class="contact-name"><strong><bdi>{name}</bdi></strong> <span class="hint">{t(`resources.role.${contact.role}`)}</span></p>
      {contact.phone && <p class="contact-phone"><bdi dir="ltr">{contact.phone}</bdi></p>}
      {contact.note && <p class="contact-note">{contact.note}</p>}
      {links && (
        <div class="row">
          <a class="button" href={links.tel}>{t('resources.contact.call', { name })}</a>
          <a class="button secondary" href={links.sms}>{t('resources.contact.text', { name })}</a>
        </div>
      )}
      {confirming ? (
        <div class="row confirm">
          <span>{t('resources.contact.confirm', { name })}</span>
          <button type="button" class="danger" onClick={() => void onDelete()}>{t('resources.contact.confirmYes')}</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="secondary" onClick={onEdit}>{t('resources.contact.edit', { name })}</button>
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>{t('resources.contact.delete', { name })}</button>
        </div>
      )}
    </li>
  );
}

export function ContactList({ idPrefix, contacts, onSave, onDelete }: ContactListProps) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const current = editing && editing !== 'new' ? contacts.find((c) => c.id === editing)?.value : undefined;

  async function save(contact: Contact) {
    setError('');
    try {
      await onSave(contact, editing === 'new' ? undefined : editing ?? undefined);
      setEditing(null);
      setStatus(t('resources.contact.saved'));
    } catch (err) {
      throw new Error(errorMessage(err), { cause: err });
    }
  }

  async function remove(id: string) {
    setError('');
    try {
      await onDelete(id);
      setStatus(t('resources.contact.deleted'));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div class="contacts">
      {contacts.length ? (
        <ul class="contact-list">
          {sortContacts(contacts).map(({ id, value }) => (
            <ContactCard key={id} contact={value} onEdit={() => setEditing(id)} onDelete={() => remove(id)} />
          ))}
        </ul>
      ) : <p class="hint">{t('resources.contacts.none')}</p>}
      {editing ? (
        <ContactForm key={editing} idPrefix={idPrefix} initial={current ?? EMPTY_CONTACT} isNew={editing === 'new'} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="secondary" onClick={() => setEditing('new')}>{t('resources.contact.add')}</button>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <p class="visually-hidden" role="status">{status}</p>
    </div>
  );
}
