// French: the passphrase gate and what the unlock report says about the attempt log itself.
import type { guard as en } from '../en/guard';

export const guard: Record<keyof typeof en, string> = {
  'gate.title': 'Votre phrase de passe, pour continuer',
  'gate.label': 'Votre phrase de passe',
  'gate.why': 'Quelqu’un qui a l’app ouverte entre les mains ne peut pas faire cela sans elle.',
  'gate.confirm': 'Continuer',
  'gate.wrong': 'Votre phrase de passe n’est pas la bonne. Rien n’a été modifié et rien n’a quitté cet appareil.',
  'gate.need': 'Tapez d’abord votre phrase de passe.',
  'gate.checking': 'Vérification de votre phrase de passe…',
  'exit.confirm.title': 'Sortie rapide : confirmez où elle mène',
  'exit.confirm.body': 'La Sortie rapide était réglée pour ouvrir {url} après sa page neutre. Elle demande maintenant votre phrase de passe une fois : tant que vous ne confirmez pas, la Sortie rapide reste sur la page neutre de cette app et ne contacte aucun autre site.',
  'exit.confirm.keep': 'Confirmer {url}',
  'exit.confirm.remove': 'Rester sur la page neutre',
  'exit.confirm.kept': 'Confirmé. La Sortie rapide continue vers {url}.',
  'exit.confirm.removed': 'La Sortie rapide reste sur la page neutre de cette app.',
  'report.inApp': '{count, plural, one {L’une d’elles a été tapée dans un champ « Votre phrase de passe » pendant que l’app était ouverte.} many {{count} d’entre elles ont été tapées dans un champ « Votre phrase de passe » pendant que l’app était ouverte.} other {{count} d’entre elles ont été tapées dans un champ « Votre phrase de passe » pendant que l’app était ouverte.}}',
  'report.duressChanged': '{count, plural, one {Votre phrase de passe de contrainte a été changée depuis l’intérieur du leurre le {date}. Celle que vous aviez définie n’ouvre plus le leurre ; la nouvelle, si. Définissez-la à nouveau dans Réglages si ce n’est pas vous.} many {Votre phrase de passe de contrainte a été changée depuis l’intérieur du leurre {count} fois, la dernière le {date}. Celle que vous aviez définie n’ouvre plus le leurre. Définissez-la à nouveau dans Réglages si ce n’est pas vous.} other {Votre phrase de passe de contrainte a été changée depuis l’intérieur du leurre {count} fois, la dernière le {date}. Celle que vous aviez définie n’ouvre plus le leurre. Définissez-la à nouveau dans Réglages si ce n’est pas vous.}}',
  'report.log.missing': 'Le relevé des tentatives échouées a été supprimé de cet appareil. Les essais faits depuis votre dernière ouverture ne peuvent pas être comptés.',
  'report.log.replaced': 'Le relevé des tentatives échouées a été remplacé par une copie plus ancienne. Des essais faits depuis votre dernière ouverture manquent peut-être dans ce décompte.',
  'report.log.cut': 'Des tentatives échouées ont été retirées de leur relevé. Il y en a eu plus que ce décompte.',
};
