// A place's forecast as the Weather disguise shows it: the temperature now, today's high and low,
// then the next days. Shared by the locked front and the weather app the duress passphrase opens.
import { intlLocale, t, type MessageKey } from '../../i18n';
import { forecast, inUnit, temperatureAt, type Condition, type TempUnit } from './model';
import { WeatherIcon } from './WeatherIcon';
import { heading } from './heading';
import { weekdayNames } from './intl-kept';

interface Props {
  place: string;
  now: Date;
  unit: TempUnit;
  titleId: string;
  /** The place's heading level; the next days' heading is one below. */
  level: number;
}

export function Forecast({ place, now, unit, titleId, level }: Props) {
  const days = forecast(place, now);
  const weekdays = weekdayNames(intlLocale());
  const today = days[0]!;
  const deg = (celsius: number) => inUnit(celsius, unit);
  const condition = (c: Condition) => t(`front.weather.${c}` as MessageKey);
  const Title = heading(level);
  const Sub = heading(level + 1);
  return (
    <>
      <Title id={titleId} class="front-title" tabIndex={-1}>{place}</Title>
      <p class="weather-now">
        <span class="weather-temp">{deg(temperatureAt(today, now.getHours()))}°</span>
        <span>{condition(today.condition)}</span>
        <span>{t('front.weather.highLow', { high: deg(today.high), low: deg(today.low) })}</span>
      </p>
      <Sub class="weather-days-title">{t('front.weather.days')}</Sub>
      <ul class="weather-days">
        {days.map((day, i) => (
          <li key={day.date.getTime()}>
            <span class="weather-day">{i === 0 ? t('front.weather.today') : weekdays[day.date.getDay()]}</span>
            <WeatherIcon condition={day.condition} />
            <span class="visually-hidden">{condition(day.condition)}</span>
            <span class="weather-range">{deg(day.low)}° – {deg(day.high)}°</span>
          </li>
        ))}
      </ul>
    </>
  );
}
