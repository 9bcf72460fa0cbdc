// Spanish: the settings module.
import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.title': "Ajustes",
  'settings.security': "Seguridad",
  'settings.change': "Cambiar frase de contraseña",
  'settings.current': "Frase de contraseña actual",
  'settings.newPass': "Nueva frase de contraseña",
  'settings.repeatPass': 'Repite la nueva frase de contraseña',
  'settings.changed': 'Frase de contraseña cambiada. Usa la nueva a partir de ahora.',
  'settings.changing': "Cambiando la frase de contraseña…",
  'settings.autolock': "Bloqueo automático",
  'settings.idle': 'Bloquear después de estos minutos sin actividad',
  'settings.idleOff': "Nunca",
  'settings.minutes': '{count, plural, one {{count} minuto} other {{count} minutos}}',
  'settings.lockOnHide': 'Bloquear cuando cambies a otra app o pestaña',
  'settings.storage': "Almacenamiento en este dispositivo",
  // Issue 12: una clave nueva al cambiarla.
  'settings.rekeying': "Cifrando todo de nuevo con una clave nueva: {percent} %",
  'settings.duressOff': 'El cambio desactivó tu frase de emergencia: vuelve a ponerla en Frase de contraseña de emergencia.',
  // ---- issue 15: the fronts' settings and the decoy's own notes (needed only after unlock) ----
  'disguise.notes.label': 'Notas que se ven con la app bloqueada',
  'disguise.notes.hint': 'Deja una línea vacía entre notas; la primera línea de una nota es su título. Sin líneas vacías, cada línea es una nota.',
  'disguise.notes.plain': 'Estas notas no están cifradas: tienen que verse antes de desbloquear, así que cualquiera que tome este dispositivo puede leerlas. Escribe solo cosas sin importancia, como una lista de la compra.',
  'disguise.notes.save': 'Guardar notas',
  'disguise.notes.saved': 'Guardado. Estas notas se ven mientras la app está bloqueada.',
  'disguise.place.label': 'Lugar del pronóstico',
  'disguise.place.hint': 'Cualquier pueblo o ciudad. El pronóstico se inventa en este dispositivo a partir del lugar y la fecha: no es un pronóstico real y no necesita internet. El lugar no está cifrado, igual que el disfraz.',
  'disguise.place.save': 'Guardar lugar',
  'disguise.place.saved': 'Guardado. El pronóstico ahora muestra {place}.',
  'duress.decoy.notes': 'Las notas del señuelo',
  'duress.decoy.notesHint': 'Cada nota será una entrada del diario señuelo, con una fecha de las últimas semanas (elegida una vez y conservada). Deja una línea vacía entre notas. Escribe cosas corrientes y tuyas: es lo que vería quien te obligue a abrir la app.',
  'duress.decoy.same': 'Usar las notas que se ven con la app bloqueada',
  'duress.decoy.photo': 'Añadir una foto corriente (opcional)',
  'duress.decoy.photoRemove': 'Quitar la foto',
  'duress.decoy.change': 'Guardar el señuelo',
  'duress.decoy.changeHint': 'Para cambiar el señuelo, escribe tu frase de contraseña y tu frase de emergencia.',
  'duress.decoy.changed': 'El señuelo está guardado.',
  'duress.decoy.empty': 'Escribe al menos una nota para el señuelo.',
  'duress.decoy.title': 'El señuelo',
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': 'Cámbiala si alguien puede conocer tu frase de contraseña. Al cambiarla se crea una clave nueva y se vuelve a cifrar todo, así que una copia antigua de tu frase de contraseña, o del almacenamiento de este dispositivo, no puede abrir lo que escribas a partir de entonces.',
  // issue 16: storage state in Settings
  'storage.use': "Esta app usa {used}; quedan {free} libres en este dispositivo.",
  'storage.useUnknown': "Este navegador no indica cuánto espacio se usa ni cuánto queda. Haz copias de seguridad.",
  // issue 14: a grace for pickers, and the language here
  'settings.pickerGrace': 'Cuando elijo una foto o comparto un archivo',
  'settings.pickerGraceHint': 'Al elegir una foto, tomar una con la cámara o compartir un archivo sales un momento de la app. Durante este tiempo sigue desbloqueada; si no, cambiar a otra app la bloquea.',
  'settings.pickerGraceOff': 'Bloquear enseguida',
  'settings.seconds': '{n} segundos',
};
