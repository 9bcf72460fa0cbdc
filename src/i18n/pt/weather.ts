// Brazilian Portuguese: the weather words shared by the Weather front and the page Quick exit lands on.
import type { weather as en } from '../en/weather';

export const weather: Record<keyof typeof en, string> = {
  'front.weather.search': 'Buscar cidade',
  'front.weather.noResults': 'Nenhum lugar encontrado',
  'front.weather.fallbackPlace': 'Santa Rita',
  'front.weather.highLow': 'Máx. {high}°  Mín. {low}°',
  'front.weather.days': 'Próximos dias',
  'front.weather.today': 'Hoje',
  'front.weather.sunny': 'Ensolarado',
  'front.weather.partly': 'Parcialmente nublado',
  'front.weather.cloudy': 'Nublado',
  'front.weather.rain': 'Chuva',
  'front.weather.snow': 'Neve',
  'front.weather.local': 'Previsão local',
  'front.weather.title': 'Tempo',
};
