// Spanish: the settings module.
import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.title': "Ajustes",
  'settings.security': "Seguridad",
  'settings.change': "Cambiar frase de contraseña",
  'settings.current': "Frase de contraseña actual",
  'settings.newPass': "Nueva frase de contraseña",
  'settings.repeatPass': "Repita la nueva frase de contraseña",
  'settings.changed': "Frase de contraseña cambiada. Use la nueva a partir de ahora.",
  'settings.changing': "Cambiando la frase de contraseña…",
  'settings.autolock': "Bloqueo automático",
  'settings.idle': "Bloquear tras estos minutos sin actividad",
  'settings.idleOff': "Nunca",
  'settings.minutes': "{n} minutos",
  'settings.lockOnHide': "Bloquear cuando cambie a otra aplicación o pestaña",
  'settings.storage': "Almacenamiento en este dispositivo",
  // issue 16: storage state in Settings
  'storage.use': "Esta aplicación usa {used}; le quedan {free} libres en este dispositivo.",
  'storage.useUnknown': "Este navegador no indica cuánto espacio se usa ni cuánto queda. Haz copias de seguridad.",
};
