// Arabic: the weather words shared by the Weather front and the page Quick exit lands on.
import type { weather as en } from '../en/weather';

export const weather: Record<keyof typeof en, string> = {
  'front.weather.search': 'البحث عن مدينة',
  'front.weather.noResults': 'لم يُعثر على أماكن',
  'front.weather.fallbackPlace': 'المنصورة',
  'front.weather.highLow': 'العظمى {high}°  الصغرى {low}°',
  'front.weather.days': 'الأيام القادمة',
  'front.weather.today': 'اليوم',
  'front.weather.sunny': 'مشمس',
  'front.weather.partly': 'غائم جزئيًا',
  'front.weather.cloudy': 'غائم',
  'front.weather.rain': 'مطر',
  'front.weather.snow': 'ثلج',
  'front.weather.local': 'التوقعات المحلية',
  'front.weather.title': 'الطقس',
};
