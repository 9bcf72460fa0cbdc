// French: the settings module.
import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.title': 'Réglages',
  'settings.security': 'Sécurité',
  'settings.change': 'Changer la phrase de passe',
  'settings.current': 'Phrase de passe actuelle',
  'settings.newPass': 'Nouvelle phrase de passe',
  'settings.repeatPass': 'Répétez la nouvelle phrase de passe',
  'settings.changed': 'Phrase de passe changée. Utilisez désormais la nouvelle.',
  'settings.changing': 'Changement de la phrase de passe…',
  'settings.autolock': 'Verrouillage automatique',
  'settings.idle': 'Verrouiller après ce nombre de minutes sans activité',
  'settings.idleOff': 'Jamais',
  'settings.minutes': '{count, plural, one {{count} minute} many {{count} minutes} other {{count} minutes}}',
  'settings.lockOnHide': 'Verrouiller quand je passe à une autre app ou à un autre onglet',
  'settings.storage': 'Stockage sur cet appareil',
  // Issue 12: a new key on change.
  'settings.rekeying': 'Nouveau chiffrement de tout, avec une nouvelle clé : {percent} %',
  'settings.duressOff': 'Le changement a désactivé votre phrase de passe de contrainte : définissez-la à nouveau dans Phrase de passe de contrainte.',
  // ---- issue 15: the fronts' settings and the decoy's own notes (needed only after unlock) ----
  'disguise.notes.label': 'Notes affichées pendant le verrouillage',
  'disguise.notes.hint': 'Laissez une ligne vide entre les notes ; la première ligne d’une note est son titre. Sans ligne vide, chaque ligne est une note.',
  'disguise.notes.plain': 'Ces notes ne sont pas chiffrées : elles doivent s’afficher avant le déverrouillage, donc toute personne qui prend cet appareil peut les lire. N’écrivez que des choses anodines, comme une liste de courses.',
  'disguise.notes.save': 'Enregistrer les notes',
  'disguise.notes.saved': 'Enregistré. Ces notes s’affichent quand l’app est verrouillée.',
  'disguise.place.label': 'Lieu affiché dans les prévisions',
  'disguise.place.hint': 'N’importe quelle ville. Les prévisions sont inventées sur cet appareil à partir du lieu et de la date : ce ne sont pas de vraies prévisions, et il ne faut pas internet. Le lieu n’est pas chiffré, comme le déguisement.',
  'disguise.place.save': 'Enregistrer le lieu',
  'disguise.place.saved': 'Enregistré. Les prévisions montrent maintenant {place}.',
  'duress.decoy.notes': 'Les notes du leurre',
  'duress.decoy.notesHint': 'Chaque note devient une entrée du journal leurre, datée d’un jour des dernières semaines (choisi une fois, puis gardé). Laissez une ligne vide entre les notes. Écrivez des choses ordinaires, à vous : c’est ce que verrait une personne qui vous oblige à ouvrir l’app.',
  'duress.decoy.same': 'Reprendre les notes affichées pendant le verrouillage',
  'duress.decoy.photo': 'Ajouter une photo ordinaire (facultatif)',
  'duress.decoy.photoRemove': 'Retirer la photo',
  'duress.decoy.change': 'Enregistrer le leurre',
  'duress.decoy.changeHint': 'Pour changer le leurre, tapez votre phrase de passe et la phrase de passe de contrainte.',
  'duress.decoy.changed': 'Le leurre est enregistré.',
  'duress.decoy.empty': 'Écrivez au moins une note pour le leurre.',
  'duress.decoy.title': 'Le leurre',
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': 'Changez-la si quelqu’un connaît peut-être votre phrase de passe. La changer crée une nouvelle clé et chiffre tout à nouveau : une ancienne copie de votre phrase de passe, ou du stockage de cet appareil, ne pourra pas ouvrir ce que vous écrirez ensuite.',
  // issue 16: storage state in Settings
  'storage.use': 'Cette app utilise {used} ; il lui reste {free} sur cet appareil.',
  'storage.useUnknown': 'Ce navigateur n’indique pas l’espace utilisé ou libre. Faites des sauvegardes.',
  // issue 14: a grace for pickers, and the language here
  'settings.pickerGrace': 'Quand je choisis une photo ou partage un fichier',
  'settings.pickerGraceHint': 'Choisir une photo, en prendre une avec l’appareil photo ou partager un fichier fait quitter l’app un instant. Elle reste déverrouillée pendant cette durée ; sinon, passer à une autre app la verrouille toujours.',
  'settings.pickerGraceOff': 'Verrouiller tout de suite',
  'settings.seconds': '{n} secondes',
};
