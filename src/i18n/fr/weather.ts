// French: the weather words shared by the Weather front and the page Quick exit lands on.
import type { weather as en } from '../en/weather';

export const weather: Record<keyof typeof en, string> = {
  'front.weather.search': 'Rechercher une ville',
  'front.weather.noResults': 'Aucun lieu trouvé',
  'front.weather.fallbackPlace': 'Saint-Martin',
  'front.weather.highLow': 'Max. {high}°  Min. {low}°',
  'front.weather.days': 'Prochains jours',
  'front.weather.today': 'Aujourd’hui',
  'front.weather.sunny': 'Ensoleillé',
  'front.weather.partly': 'Éclaircies',
  'front.weather.cloudy': 'Nuageux',
  'front.weather.rain': 'Pluie',
  'front.weather.snow': 'Neige',
  'front.weather.local': 'Prévisions locales',
  'front.weather.title': 'Météo',
};
