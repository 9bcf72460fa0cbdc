// Español: las palabras del tiempo, compartidas por la portada El tiempo y la página a la que lleva la salida rápida.
import type { weather as en } from '../en/weather';

export const weather: Record<keyof typeof en, string> = {
  'front.weather.search': 'Buscar ciudad',
  'front.weather.noResults': 'No se encontraron lugares',
  'front.weather.fallbackPlace': 'Villanueva',
  'front.weather.highLow': 'Máx. {high}°  Mín. {low}°',
  'front.weather.days': 'Próximos días',
  'front.weather.today': 'Hoy',
  'front.weather.sunny': 'Soleado',
  'front.weather.partly': 'Parcialmente nublado',
  'front.weather.cloudy': 'Nublado',
  'front.weather.rain': 'Lluvia',
  'front.weather.snow': 'Nieve',
  'front.weather.local': 'Pronóstico local',
  'front.weather.title': 'El tiempo',
};
