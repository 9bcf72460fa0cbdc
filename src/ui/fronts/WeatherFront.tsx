// The Weather disguise's front: a forecast for the person's chosen place, made on the device
// (no network), with "Search city" at the top. Looks and works like a weather app.
import { useState } from 'preact/hooks';
import { formatDateTime, t, type MessageKey } from '../../i18n';
import { FrontSearch, type Attempt } from './FrontSearch';
import { forecast, inUnit, temperatureAt, type Condition, type TempUnit } from './model';
import { WeatherIcon } from './WeatherIcon';
import { heading, type HeadingLevel } from './heading';
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
  const days = forecast(place, now);
  const today = days[0]!;
  const deg = (celsius: number) => inUnit(celsius, unit);
  const condition = (c: Condition) => t(`front.weather.${c}` as MessageKey);
  const Title = heading(level);
  const Sub = heading(level + 1);

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
      <Title id={`${idPrefix}-title`} class="front-title" tabIndex={-1}>{place}</Title>
      <p class="weather-now">
        <span class="weather-temp">{deg(temperatureAt(today, now.getHours()))}°</span>
        <span>{condition(today.condition)}</span>
        <span>{t('front.weather.highLow', { high: deg(today.high), low: deg(today.low) })}</span>
      </p>
      <Sub class="weather-days-title">{t('front.weather.days')}</Sub>
      <ul class="weather-days">
        {days.map((day, i) => (
          <li key={day.date.getTime()}>
            <span class="weather-day">{i === 0 ? t('front.weather.today') : formatDateTime(day.date, { weekday: 'short' })}</span>
            <WeatherIcon condition={day.condition} />
            <span class="visually-hidden">{condition(day.condition)}</span>
            <span class="weather-range">{deg(day.low)}° – {deg(day.high)}°</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
