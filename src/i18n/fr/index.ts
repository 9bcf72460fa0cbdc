// The French catalog: one file per module, merged here.
//
// Glossary: the one French word for each idea, used in every file. French speaks to the person as
// «vous» throughout (plain and warm, as an advocate speaks to an adult she does not know yet; neutral
// French, understood in France, Belgium, Switzerland, Canada and Africa). The person's own gender is
// never assumed: no agreement that marks it («contactée», «seule»), no «(e)» or «·e»; a sentence is
// turned instead («si quelqu'un vous suit»). The ex is «la personne» (the journal's own section
// name), so «elle» refers to her or him alike. Letters the person sends keep their own register: the
// short and final notices and the belongings letter say «tu» to the ex, as Spanish does; the formal
// notice («mise en demeure») and the letters to an institution or platform say «vous»; the note to
// friends and family says «tu».
//   app (the app itself) ............ l'app              (never «application» in running text)
//   entry (in the journal) .......... entrée             («Nouvelle entrée»)
//   record / log (the whole) ........ données / relevé   («Vérifier les données»; the report: «Relevé des incidents»)
//   notice (no-contact) ............. avis               («Avis de non-contact», «Après l'avis»; the formal letter: «mise en demeure»)
//   passphrase ...................... phrase de passe
//   duress passphrase ............... phrase de passe de contrainte (always whole: it is typed when someone forces you)
//   backup .......................... sauvegarde         (never «copie»: a copy is a copy of a letter or file)
//   lock / unlock ................... verrouiller / déverrouiller; lock screen: écran de verrouillage
//   Quick exit ...................... Sortie rapide      (the control's name, src/i18n/exit.ts; «la Sortie rapide» in a sentence)
//   evidence / exhibit .............. preuves / pièce {n} (as a French court numbers «pièces»)
//   proof (of sending) .............. preuve; a proof file: justificatif
//   fingerprint (SHA-256) ........... empreinte
//   safety plan ..................... plan de sécurité; a part of it: partie
//   settings (this app's) ........... Réglages           (a browser's or Android phone's own: paramètres)
//   disguise / decoy ................ déguisement / leurre; the disguises are named as a French phone names
//                                     its own apps (Daybook, Notes, Météo), on the home screen and in the options alike
//   template ........................ modèle
//   draft ........................... brouillon
//   advocate / support person ....... association d'aide (aux victimes): in France, Belgium and Switzerland
//                                     help comes from associations, in Quebec from «organismes»; an
//                                     «association d'aide» is understood everywhere
//   lawyer .......................... avocate ou avocat
//   hotline ......................... ligne d'écoute
//   police report ................... plainte («porter plainte»); a report to a platform: signalement
//   court packet .................... dossier pour le tribunal
//   protection order ................ ordonnance de protection (the country's own name comes from the help data)
//   delete / remove / erase ......... supprimer / retirer / effacer («Effacer toutes les données»)
//   discard (a draft, a shared file)  jeter
//   amend (an entry) ................ compléter («Compléter cette entrée», badge «Complétée»)
//   school / computer / car ......... école / ordinateur / voiture
//   text message .................... SMS (France, Belgium, Switzerland and Africa say it; Quebec understands it)
//   Enter key / Shift / Escape ...... Entrée / Maj / Échap
//   «Rien n'a été modifié.» ......... the one way to say nothing changed (also «Rien n'a été enregistré.», «Rien n'a été écrit.»)
// Typography: a no-break space before « : ; ! ? » and inside « », as in France; times as «8 h 42».
// Counts: a number that would need «(s)» stands after a colon («Entrées : 3») unless the message
// is an ICU plural with one, many and other.
// Names that stay as they are: Daybook, the hotlines' own names, phone menus quoted as a French
// phone shows them (Réglages, Bloquer ce correspondant…).
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
