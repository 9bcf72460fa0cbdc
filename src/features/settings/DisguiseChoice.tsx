// The choice of look (Daybook, Notes, Weather), kept at once: shared by Settings and the
// optional step right after setup, so both save it the same way.
import { useState } from 'preact/hooks';
import { getLang, message, say, t, type Message } from '../../i18n';
import { DISGUISES, disguiseName, iconPath, readPrefs, writePrefs, type DisguiseId } from '../../exit';
import { errorNote } from '../../ui/errors';

/** `onChosen`: told once the choice is stored (the step shows that look's way in and practice). */
export function DisguiseChoice({ onChosen }: { onChosen?(id: DisguiseId): void }) {
  const [disguise, setDisguise] = useState(() => readPrefs().disguise);
  // Kept by key: the language can be switched on this screen, and the note must follow.
  const [chosen, setChosen] = useState<Message | null>(null);

  async function choose(id: DisguiseId) {
    setDisguise(id);
    try {
      setDisguise((await writePrefs({ disguise: id })).disguise);
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
            <input type="radio" name="disguise" value={d.id} checked={disguise === d.id} onChange={() => void choose(d.id)} />
            <img src={iconPath(d.id, 192)} alt="" />
            <span>{disguiseName(d.id, getLang())}</span>
          </label>
        ))}
      </div>
      <p role="status" class="success">{say(chosen)}</p>
      <p class="hint">{t('disguise.installed')}</p>
    </fieldset>
  );
}
