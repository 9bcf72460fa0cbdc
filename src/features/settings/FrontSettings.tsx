// What the Notes and Weather fronts show while locked: the person's own harmless notes and the
// forecast's place. Both are prefs (unencrypted, readable before unlock), and the screen says so.
import { useState } from 'preact/hooks';
import { getLang, message, say, t, type Message } from '../../i18n';
import { disguiseName, formatNotes, parseNotes, MAX_LOCK_NOTES, MAX_PLACE, readPrefs, writePrefs } from '../../exit';
import { errorNote } from '../../ui/errors';
import { PracticeRound } from './DisguiseGuide';
import { privateText } from '../../ui/privateText';

export function NotesFrontSettings() {
  const [text, setText] = useState(() => formatNotes(readPrefs().lockNotes));
  const [saved, setSaved] = useState<Message | null>(null);

  async function save() {
    try {
      // Text left as shown keeps the notes as they are: a note added on the locked front with
      // lines of its own would otherwise be read back as one note per line.
      const now = readPrefs().lockNotes;
      await writePrefs({ lockNotes: text === formatNotes(now) ? now : parseNotes(text) });
      setSaved(message('disguise.notes.saved'));
    } catch (err) {
      setSaved(errorNote(err));
    }
  }

  return (
    // Not a named region: the Notes front itself (a practice round below it) is the landmark named "Notes".
    <section class="card">
      <h3 id="front-notes-heading">{disguiseName('notes', getLang())}</h3>
      <div class="field">
        <label for="lock-notes">{t('disguise.notes.label')}</label>
        <textarea
          id="lock-notes" rows={6} maxLength={MAX_LOCK_NOTES} value={text} {...privateText} aria-describedby="lock-notes-hint lock-notes-plain"
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            setSaved(null);
          }}
        />
        <p id="lock-notes-hint" class="hint">{t('disguise.notes.hint')}</p>
        <p id="lock-notes-plain" class="warning">{t('disguise.notes.plain')}</p>
      </div>
      <div class="row">
        <button type="button" onClick={() => void save()}>{t('disguise.notes.save')}</button>
      </div>
      <p role="status" class="success">{say(saved)}</p>
      <PracticeRound front="notes" notes={text} />
    </section>
  );
}

export function WeatherFrontSettings() {
  const [place, setPlace] = useState(() => readPrefs().place);
  const [saved, setSaved] = useState<Message | null>(null);

  async function save() {
    try {
      const next = await writePrefs({ place });
      setPlace(next.place);
      setSaved(next.place ? message('disguise.place.saved', { place: next.place }) : null);
    } catch (err) {
      setSaved(errorNote(err));
    }
  }

  return (
    <section class="card" aria-labelledby="front-weather-heading">
      <h3 id="front-weather-heading">{disguiseName('weather', getLang())}</h3>
      <div class="field">
        <label for="front-place">{t('disguise.place.label')}</label>
        <input
          id="front-place" type="text" maxLength={MAX_PLACE} value={place} {...privateText} aria-describedby="front-place-hint"
          onInput={(e) => {
            setPlace((e.currentTarget as HTMLInputElement).value);
            setSaved(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && void save()}
        />
        <p id="front-place-hint" class="hint">{t('disguise.place.hint')}</p>
      </div>
      <div class="row">
        <button type="button" onClick={() => void save()}>{t('disguise.place.save')}</button>
      </div>
      <p role="status" class="success">{say(saved)}</p>
      <PracticeRound front="weather" place={place} />
    </section>
  );
}
