// The Weather disguise's front: a forecast for the person's chosen place, made on the device
// (no network), with "Search city" at the top. Looks and works like a weather app.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { FrontSearch, type Attempt } from './FrontSearch';
import type { TempUnit } from './model';
import { Forecast } from './Forecast';
import type { HeadingLevel } from './heading';
import './fronts.css';

interface Props {
  place: string;
  now: Date;
  unit: TempUnit;
  onSubmit(text: string): Promise<Attempt>;
  idPrefix?: string;
  level?: HeadingLevel;
}

export function WeatherFront({ place, now, unit, onSubmit, idPrefix = 'front', level = 1 }: Props) {
  const [query, setQuery] = useState('');
  const [miss, setMiss] = useState(false);

  return (
    <section class="front weather-front" aria-labelledby={`${idPrefix}-title`}>
      <FrontSearch
        id={`${idPrefix}-search`} label={t('front.weather.search')} value={query}
        onInput={(value) => {
          setQuery(value);
          setMiss(false);
        }}
        onSubmit={onSubmit}
        onMiss={() => setMiss(true)}
      />
      <p class="front-quiet" role="status">{miss ? t('front.weather.noResults') : ''}</p>
      <Forecast place={place} now={now} unit={unit} titleId={`${idPrefix}-title`} level={level} />
    </section>
  );
}
