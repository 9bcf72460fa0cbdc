// English: the weather words shared by the Weather front and the page Quick exit lands on.
export const weather = {
  'front.weather.search': 'Search city',
  'front.weather.noResults': 'No places found',
  'front.weather.fallbackPlace': 'Springfield',
  'front.weather.highLow': 'H {high}°  L {low}°',
  'front.weather.days': 'Next days',
  'front.weather.today': 'Today',
  'front.weather.sunny': 'Sunny',
  'front.weather.partly': 'Partly cloudy',
  'front.weather.cloudy': 'Cloudy',
  'front.weather.rain': 'Rain',
  'front.weather.snow': 'Snow',
  'front.weather.local': 'Local forecast',
  'front.weather.title': 'Weather',
} as const;
