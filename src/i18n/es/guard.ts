// Spanish: the passphrase gate and what the unlock report says about the attempt log itself.
import type { guard as en } from '../en/guard';

export const guard: Record<keyof typeof en, string> = {
  'gate.title': 'Tu frase de contraseña, para seguir',
  'gate.label': 'Tu frase de contraseña',
  'gate.why': 'Quien tenga la app abierta no puede hacer esto sin ella.',
  'gate.confirm': 'Seguir',
  'gate.wrong': 'Tu frase de contraseña no es correcta. No se cambió nada y nada salió de este dispositivo.',
  'gate.need': 'Escribe primero tu frase de contraseña.',
  'gate.checking': 'Comprobando tu frase de contraseña…',
  'exit.confirm.title': 'Salida rápida: confirma adónde va',
  'exit.confirm.body': 'La Salida rápida estaba configurada para abrir {url} después de su página neutral. Ahora pide tu frase de contraseña una vez: hasta que la confirmes, la Salida rápida se queda en la página neutral de esta app y no contacta ningún otro sitio.',
  'exit.confirm.keep': 'Confirmar {url}',
  'exit.confirm.remove': 'Quedarse en la página neutral',
  'exit.confirm.kept': 'Confirmado. La Salida rápida sigue hasta {url}.',
  'exit.confirm.removed': 'La Salida rápida se queda en la página neutral de esta app.',
  'report.inApp': '{count, plural, one {Uno de ellos se escribió en un campo «Tu frase de contraseña» con la app abierta.} other {{count} de ellos se escribieron en un campo «Tu frase de contraseña» con la app abierta.}}',
  'report.duressChanged': '{count, plural, one {Tu frase de emergencia se cambió desde dentro del señuelo el {date}. La que pusiste ya no abre el señuelo; la nueva sí. Vuelve a ponerla en Ajustes si no fuiste tú.} other {Tu frase de emergencia se cambió desde dentro del señuelo {count} veces; la última, el {date}. La que pusiste ya no abre el señuelo. Vuelve a ponerla en Ajustes si no fuiste tú.}}',
  'report.log.missing': 'El registro de intentos fallidos se borró de este dispositivo. Los intentos hechos desde la última vez que la abriste no se pueden contar.',
  'report.log.replaced': 'El registro de intentos fallidos se sustituyó por una copia anterior. Puede que falten intentos hechos desde la última vez que la abriste.',
  'report.log.cut': 'Se quitaron algunos intentos fallidos de su registro. Hubo más de los que dice esta cuenta.',
};
