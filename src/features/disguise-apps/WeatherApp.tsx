// The weather app the duress passphrase opens under the Weather look: the front's place and the
// places added here (kept in the open vault, the decoy), each with its forecast, made on the device.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { readPrefs } from '../../exit';
import { Forecast } from '../../ui/fronts/Forecast';
import { forecast, inUnit, temperatureAt, unitFor } from '../../ui/fronts/model';
import { homePlace } from '../../ui/fronts/intl-kept';
import { privateText } from '../../ui/privateText';
import { addPlace, loadPlaces, removePlace } from './store';
import { MAX_PLACES, MAX_PLACE_NAME, cleanPlace, samePlace, type AppPlace } from './model';

export function WeatherApp() {
  const home = homePlace(readPrefs().place);
  const [places, setPlaces] = useState<Array<{ id: string; place: AppPlace }>>([]);
  const [shown, setShown] = useState(home);
  const [typed, setTyped] = useState('');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const now = new Date();
  const unit = unitFor(navigator.language);

  const refresh = () => loadPlaces().then(setPlaces, () => undefined);
  useEffect(() => void refresh(), []);

  const show = (name: string) => {
    setShown(name);
    scrollTo(0, 0);
    requestAnimationFrame(() => document.getElementById('weather-app-title')?.focus());
  };
  async function add() {
    const name = cleanPlace(typed);
    if (!name) return setProblem(t('apps.weather.missing'));
    const known = [home, ...places.map((p) => p.place.name)].find((p) => samePlace(p, name));
    try {
      if (!known && places.length < MAX_PLACES) await addPlace(name);
    } catch {
      return setProblem(t('apps.weather.failed'));
    }
    await refresh();
    setTyped('');
    setSaid(known ? '' : t('apps.weather.added', { place: name }));
    show(known ?? name);
  }
  const temp = (name: string) => inUnit(temperatureAt(forecast(name, now, 1)[0]!, now.getHours()), unit);

  return (
    <section class="front weather-front weather-app" aria-labelledby="weather-app-title">
      <form role="search" class="front-search weather-add" onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}>
        <label for="weather-app-add" class="visually-hidden">{t('apps.weather.add')}</label>
        <input
          id="weather-app-add" type="search" value={typed} placeholder={t('apps.weather.add')} maxLength={MAX_PLACE_NAME} enterkeyhint="done"
          {...privateText} aria-describedby={problem ? 'weather-app-problem' : undefined}
          onInput={(e) => {
            setTyped((e.currentTarget as HTMLInputElement).value);
            setProblem('');
          }}
        />
        <button type="submit" class="secondary">{t('apps.weather.addButton')}</button>
      </form>
      {problem && <p id="weather-app-problem" class="error" role="alert">{problem}</p>}
      <Forecast place={shown} now={now} unit={unit} titleId="weather-app-title" level={1} />
      <h2 class="weather-days-title">{t('apps.weather.places')}</h2>
      <ul class="weather-places">
        {[{ id: '', place: { name: home, addedAt: 0 } }, ...places].map(({ id, place }) => (
          <li key={id || 'home'}>
            <button type="button" class="weather-place" aria-current={samePlace(place.name, shown) ? 'true' : undefined} onClick={() => show(place.name)}>
              <span>{place.name}</span>
              <span>{temp(place.name)}°</span>
            </button>
            {id && (
              <button type="button" class="secondary weather-remove" onClick={() => void removePlace(id).then(refresh).then(() => {
                setSaid(t('apps.weather.removed', { place: place.name }));
                if (samePlace(place.name, shown)) setShown(home);
              }, () => setSaid(t('apps.weather.failed')))}>
                <span aria-hidden="true">✕</span><span class="visually-hidden">{t('apps.weather.remove', { place: place.name })}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status">{said}</p>
    </section>
  );
}
