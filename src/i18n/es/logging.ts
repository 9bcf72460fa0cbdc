// Español: anotar rápido (issue 24): "Cuándo" (ahora o antes), entradas tardías, anotar con la app cerrada.
import type { logging as en } from '../en/logging';

export const logging: Record<keyof typeof en, string> = {
  'when.legend': 'Cuándo',
  'when.now': 'Ahora',
  'when.earlier': 'Antes',
  'when.minutesAgo.one': 'Hace {count} minuto',
  'when.minutesAgo.other': 'Hace {count} minutos',
  'when.today': 'Hoy, más temprano, a las…',
  'when.yesterday': 'Ayer a las…',
  'when.date': 'Una fecha y hora',
  'when.time': 'Hora',
  'when.dateTime': 'Fecha y hora',
  'when.incomplete': 'Elige cuándo ocurrió: una hora que ya haya pasado.',
  'late.csvHeader': 'Entrada tardía',
  'late.line': 'Anotado el {written} sobre un contacto del {happened}',
};
