// The person's own help contacts (an advocate, a shelter, a lawyer), each an encrypted record.
import { t } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { ContactList } from './ContactList';
import type { Contact } from './contacts';
import { deleteContact, listContacts, saveContact } from './store';

export function MyContacts() {
  const { data, error, reload } = useAsync(listContacts);
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title" tabIndex={-1}>{t('resources.view.contacts')}</h2>
      <p class="hint">{t('resources.contacts.intro')}</p>
      <p class="warning">{t('resources.callLog')}</p>
      {error !== undefined && <p class="error" role="alert">{errorMessage(error)}</p>}
      {data && (
        <ContactList
          idPrefix="help-contact"
          contacts={data}
          onSave={async (contact: Contact, id?: string) => {
            await saveContact(contact, id);
            reload();
          }}
          onDelete={async (id) => {
            await deleteContact(id);
            reload();
          }}
        />
      )}
    </section>
  );
}
