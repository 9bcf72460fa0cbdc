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
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': 'Cámbiala si alguien puede conocer tu frase de contraseña. Al cambiarla se crea una clave nueva y se vuelve a cifrar todo, así que una copia antigua de tu frase de contraseña, o del almacenamiento de este dispositivo, no puede abrir lo que escribas a partir de entonces.',
};
