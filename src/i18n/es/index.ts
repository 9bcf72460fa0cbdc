// The Spanish catalog: one file per module, merged here.
//
// Glossary: the one Spanish word for each idea, used in every file. Spanish speaks to the
// person as «tú» throughout (warm and plain; neutral, understood across Latin America and
// Spain). Letters the person sends keep their own register: a formal letter says «usted».
//   app (the app itself) ............ la app            (never «aplicación»)
//   entry (in the journal) .......... entrada           («Nueva entrada»)
//   record / log (the whole) ........ registro          («Comprobar los registros»)
//   notice (no-contact) ............. aviso             («Aviso de no contacto», «Después del aviso», never «Tras»)
//   passphrase ...................... frase de contraseña
//   duress passphrase ............... frase de emergencia («Frase de contraseña de emergencia» as a title)
//   backup .......................... copia de seguridad (never a bare «copia»: that is a copy of a letter or file)
//   lock / unlock ................... bloquear / desbloquear; lock screen: pantalla de bloqueo
//   Quick exit ...................... Salida rápida      (the control's name, src/i18n/exit.ts)
//   evidence / exhibit .............. pruebas / prueba {n}
//   fingerprint (SHA-256) ........... huella
//   safety plan ..................... plan de seguridad; a part of it: parte
//   settings (this app's) ........... Ajustes           (a browser's or phone's own: configuración)
//   disguise / decoy ................ disfraz / señuelo; the disguises are named as a Spanish phone names
//                                     its own apps (Daybook, Notas, El tiempo: exit/disguises.ts), on the
//                                     home screen and in the options alike
//   template ........................ modelo
//   draft ........................... borrador
//   support person (advocate) ....... persona de apoyo
//   lawyer .......................... abogada o abogado
//   hotline ......................... línea de ayuda
//   police report ................... denuncia
//   delete, erase / remove .......... borrar / quitar   («Eliminar» only when naming a phone's own button)
//   school / computer / car ......... escuela / computadora / auto
//   Enter key / Shift key ........... Enter / Mayúsculas
//   «No se cambió nada.» ............ the one way to say nothing changed (also «No se guardó nada.»)
// Names that stay as they are: Daybook, the hotlines' own names (Samaritans, Refuge, Safe Horizon,
// loveisrespect, SOS violence conjugale, Kids Help Phone…), phone menus quoted as the phone shows them.
import { core } from './core';
import { journal } from './journal';
import { report } from './report';
import { letters } from './letters';
import { plan } from './plan';
import { resources } from './resources';
import { settings } from './settings';
import { disguise } from './disguise';
import { leaves } from './leaves';
import { backup } from './backup';
import { strength } from './strength';
import { guard } from './guard';
import { apps } from './apps';
import { logging } from './logging';
import { imports } from './imports';
import { packet } from './packet';

export const catalog = { ...core, ...journal, ...report, ...letters, ...plan, ...resources, ...settings, ...disguise, ...leaves, ...backup, ...strength, ...guard, ...apps, ...logging, ...imports, ...packet };
