// Where help choices live in the vault: the chosen region, step progress, and the own-contacts list.
import { repository, vault } from '../../vault';
import { normaliseContact, type Contact } from './contacts';
import { normaliseSteps, type StepId } from './steps';

export interface HelpPrefs {
  region?: string;
  stepsDone: StepId[];
}

const prefsRepo = repository<HelpPrefs>('help-prefs');
const contactsRepo = repository<Contact>('help-contact');

// The prefs record's random id, found once per unlock; forgotten on lock with everything else.
let prefsId: string | undefined;
let prefsCache: HelpPrefs | undefined;
vault.onLock(() => {
  prefsId = undefined;
  prefsCache = undefined;
  queue = Promise.resolve();
});

export async function loadHelpPrefs(): Promise<HelpPrefs> {
  if (prefsCache) return prefsCache;
  const [first] = await prefsRepo.list();
  prefsId = first?.id;
  prefsCache = {
    region: typeof first?.value.region === 'string' ? first.value.region : undefined,
    stepsDone: normaliseSteps(first?.value.stepsDone),
  };
  return prefsCache;
}

// One write at a time, so two quick changes never create two records or undo each other.
let queue: Promise<unknown> = Promise.resolve();

/** Applies a change to the prefs as they are when the write runs (not when it was asked for). */
export function saveHelpPrefs(change: Partial<HelpPrefs> | ((prefs: HelpPrefs) => Partial<HelpPrefs>)): Promise<HelpPrefs> {
  const run = queue.catch(() => undefined).then(async () => {
    const current = await loadHelpPrefs();
    const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    prefsId = await prefsRepo.put(next, prefsId);
    prefsCache = next;
    return next;
  });
  queue = run;
  return run;
}

export async function listContacts(): Promise<Array<{ id: string; value: Contact }>> {
  const out: Array<{ id: string; value: Contact }> = [];
  for (const { id, value } of await contactsRepo.list()) {
    const contact = normaliseContact(value);
    if (contact) out.push({ id, value: contact });
  }
  return out;
}

export function saveContact(contact: Contact, id?: string): Promise<string> {
  return contactsRepo.put(contact, id);
}

export function deleteContact(id: string): Promise<void> {
  return contactsRepo.delete(id);
}
