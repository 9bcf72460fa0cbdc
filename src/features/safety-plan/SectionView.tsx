// One part of the plan: its checklist, notes and contacts, with a way back and on to the next part.
import { t } from '../../i18n';
import { useRouter } from '../../ui/router';
import { ContactList } from '../resources/ContactList';
import type { Contact } from '../resources/contacts';
import { Checklist } from './Checklist';
import { removeContact, saveContact, sectionProgress, setSkipped, type Plan } from './model';
import { SectionNotes } from './SectionNotes';
import { SECTION_IDS, type SectionId } from './sections';
import type { PlanState, SaveFailure } from './usePlan';

interface Props {
  id: SectionId;
  plan: Plan;
  change: PlanState['change'];
}

/** ContactList expects a rejection when storing failed, so its form stays open with the words in it. */
async function saved(result: Promise<SaveFailure | null>): Promise<void> {
  const failure = await result;
  if (failure) throw failure.error;
}

export function SectionView({ id, plan, change }: Props) {
  const { go } = useRouter();
  const section = plan.sections[id];
  const next = SECTION_IDS[SECTION_IDS.indexOf(id) + 1];
  const progress = sectionProgress(section);
  const contacts = section.contacts.map(({ id: contactId, ...value }) => ({ id: contactId, value }));
  return (
    <>
      <button type="button" class="secondary back" onClick={() => go({ screen: 'plan' })}><span class="flip-rtl" aria-hidden="true">←</span> {t('plan.back')}</button>
      <h2 tabIndex={-1} data-heading>{t(`plan.section.${id}`)}</h2>
      <p class="hint">{t(`plan.hint.${id}`)}</p>
      <label class="check">
        <input type="checkbox" checked={section.skipped} onChange={(e) => void change((p) => setSkipped(p, id, (e.currentTarget as HTMLInputElement).checked))} />
        {t('plan.skip')}
      </label>
      <p class="section-progress">{section.skipped ? t('plan.sectionSkipped') : t('plan.sectionProgress', progress)}</p>
      <Checklist id={id} section={section} change={change} />
      {id === 'technology' && (
        <p><button type="button" class="secondary" onClick={() => go({ screen: 'resources', sub: { to: 'steps', blocking: true } })}>{t('resources.link.blockHelp')}</button></p>
      )}
      <SectionNotes key={id} id={id} initial={section.notes} change={change} />
      <h3>{t('plan.contacts')}</h3>
      <ContactList
        idPrefix={`plan-${id}-contact`}
        contacts={contacts}
        onSave={(contact: Contact, contactId?: string) => saved(change((p) => saveContact(p, id, contact, contactId)))}
        onDelete={(contactId) => saved(change((p) => removeContact(p, id, contactId)))}
      />
      <div class="row plan-nav">
        <button type="button" class="secondary" onClick={() => go({ screen: 'plan' })}>{t('plan.back')}</button>
        {next && <button type="button" onClick={() => go({ screen: 'plan', sub: { to: 'section', id: next } })}>{t('plan.next', { title: t(`plan.section.${next}`) })}</button>}
      </div>
    </>
  );
}
