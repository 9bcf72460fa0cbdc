// The form for one contact (new or edited): name, who they are, phone, note. Bad input saves nothing.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { CONTACT_ROLES, LIMITS, validateContact, type Contact, type ContactRole } from './contacts';
import { privateText } from '../../ui/privateText';

interface Props {
  idPrefix: string;
  initial: Contact;
  isNew: boolean;
  onSave(contact: Contact): Promise<void>;
  onCancel(): void;
}

export function ContactForm({ idPrefix, initial, isNew, onSave, onCancel }: Props) {
  const [form, setForm] = useState<Contact>(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `${idPrefix}-${field}`;
  const field = (key: keyof Contact) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  async function save() {
    const problem = validateContact(form);
    if (problem) return setError(t(`resources.contact.error.${problem}`));
    setBusy(true);
    try {
      await onSave(form);
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
      setBusy(false);
    }
  }

  return (
    <fieldset class="contact-form">
      <legend>{t(isNew ? 'resources.contact.addTitle' : 'resources.contact.editTitle')}</legend>
      <div class="field">
        <label for={id('name')}>{t('resources.contact.name')}</label>
        <input id={id('name')} value={form.name} maxLength={LIMITS.name} {...privateText} onInput={field('name')} />
      </div>
      <div class="field">
        <label for={id('role')}>{t('resources.contact.role')}</label>
        <select id={id('role')} value={form.role} onChange={(e) => setForm({ ...form, role: (e.currentTarget as HTMLSelectElement).value as ContactRole })}>
          {CONTACT_ROLES.map((role) => <option key={role} value={role}>{t(`resources.role.${role}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={id('phone')}>{t('resources.contact.phone')}</label>
        <input id={id('phone')} type="tel" inputMode="tel" value={form.phone} maxLength={LIMITS.phone} {...privateText} onInput={field('phone')} />
      </div>
      <div class="field">
        <label for={id('note')}>{t('resources.contact.note')}</label>
        <textarea id={id('note')} value={form.note} maxLength={LIMITS.note} {...privateText} onInput={field('note')} />
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <button type="button" onClick={save} disabled={busy} aria-busy={busy}>{t('resources.contact.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}
