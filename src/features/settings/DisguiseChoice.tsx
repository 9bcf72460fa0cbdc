// The choice of look (Daybook, Notes, Weather), kept at once: shared by Settings and the
// optional step right after setup, so both save it the same way. In Settings (`guarded`) the
// look changes only with the passphrase, and inside the decoy only in the decoy's own settings;
// the step right after setup follows the passphrase just created, so it does not ask again.
import { useEffect, useState } from 'preact/hooks';
import { getLang, message, say, t, type Message } from '../../i18n';
import { DISGUISES, disguiseName, iconPath, readPrefs, writePrefs, type DisguiseId } from '../../exit';
import { errorNote } from '../../ui/errors';
import { usePassphraseGate, type GateResult } from '../../ui/PassphraseGate';
import { confirmPassphrase, keepGuarded, loadShownGuards } from './store';

/** `onChosen`: told once the choice is stored (the step shows that look's way in and practice). */
export function DisguiseChoice({ onChosen, guarded = false }: { onChosen?(id: DisguiseId): void; guarded?: boolean }) {
  const [disguise, setDisguise] = useState(() => readPrefs().disguise);
  // Kept by key: the language can be switched on this screen, and the note must follow.
  const [chosen, setChosen] = useState<Message | null>(null);
  const gate = usePassphraseGate(confirmPassphrase);
  // A look asked for, shown while the passphrase is.
  const [asked, setAsked] = useState<DisguiseId | null>(null);
  // A look chosen inside a decoy session (kept in its own settings) reads back over the device's.
  useEffect(() => {
    if (!guarded) return;
    void loadShownGuards().then((shown) => shown.disguise && setDisguise(shown.disguise), () => undefined);
  }, [guarded]);

  function choose(id: DisguiseId) {
    if (!guarded) return void keep(id, () => writePrefs({ disguise: id }));
    setChosen(null);
    setAsked(id);
    gate.ask((result: GateResult) => {
      setAsked(null);
      return keep(id, () => keepGuarded(result.device, { disguise: id }));
    }, () => setAsked(null));
  }

  async function keep(id: DisguiseId, store: () => Promise<{ disguise: DisguiseId }>) {
    setDisguise(id);
    try {
      setDisguise((await store()).disguise);
      setChosen(message('disguise.chosen', { name: disguiseName(id, getLang()) }));
      onChosen?.(id);
    } catch (err) {
      setChosen(errorNote(err));
    }
  }

  return (
    <fieldset aria-describedby="disguise-hint">
      <legend>{t('disguise.choose')}</legend>
      <p id="disguise-hint" class="hint">{t('disguise.hint')}</p>
      <div class="disguise-options">
        {DISGUISES.map((d) => (
          <label key={d.id} class="disguise-option">
            <input type="radio" name="disguise" value={d.id} checked={(asked ?? disguise) === d.id} disabled={gate.open} onChange={() => choose(d.id)} />
            <img src={iconPath(d.id, 192)} alt="" />
            <span>{disguiseName(d.id, getLang())}</span>
          </label>
        ))}
      </div>
      {gate.panel}
      <p role="status" class="success">{say(chosen)}</p>
      <p class="hint">{t('disguise.installed')}</p>
    </fieldset>
  );
}
