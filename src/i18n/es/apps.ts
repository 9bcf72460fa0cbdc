// Spanish: the disguise's own apps the duress passphrase opens (Notes, Weather). Plain app words only.
import type { apps as en } from '../en/apps';

export const apps: Record<keyof typeof en, string> = {
  'apps.notes.new': 'Nueva nota',
  'apps.notes.edit': 'Editar nota',
  'apps.notes.note': 'Nota',
  'apps.notes.save': 'Guardar',
  'apps.notes.cancel': 'Cancelar',
  'apps.notes.change': 'Editar',
  'apps.notes.delete': 'Borrar',
  'apps.notes.deleteAsk': '¿Borrar esta nota?',
  'apps.notes.keep': 'Conservarla',
  'apps.notes.deleted': 'Nota borrada.',
  'apps.notes.saved': 'Nota guardada.',
  'apps.notes.empty': 'Escribe algo primero, o cancela.',
  'apps.notes.photo': 'Foto',
  'apps.notes.failed': 'No se pudo guardar la nota. Inténtalo de nuevo.',
  'apps.weather.places': 'Lugares',
  'apps.weather.add': 'Añadir un lugar',
  'apps.weather.addButton': 'Añadir',
  'apps.weather.added': 'Se añadió {place}.',
  'apps.weather.missing': 'Escribe el nombre de una ciudad.',
  'apps.weather.remove': 'Quitar {place}',
  'apps.weather.removed': 'Se quitó {place}.',
  'apps.weather.failed': 'No se pudo guardar el lugar. Inténtalo de nuevo.',
};
