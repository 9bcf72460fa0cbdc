// French: the disguise's own apps the duress passphrase opens (Notes, Weather). Plain app words only.
import type { apps as en } from '../en/apps';

export const apps: Record<keyof typeof en, string> = {
  'apps.notes.new': 'Nouvelle note',
  'apps.notes.edit': 'Modifier la note',
  'apps.notes.note': 'Note',
  'apps.notes.save': 'Enregistrer',
  'apps.notes.cancel': 'Annuler',
  'apps.notes.change': 'Modifier',
  'apps.notes.delete': 'Supprimer',
  'apps.notes.deleteAsk': 'Supprimer cette note ?',
  'apps.notes.keep': 'La garder',
  'apps.notes.deleted': 'Note supprimée.',
  'apps.notes.saved': 'Note enregistrée.',
  'apps.notes.empty': 'Écrivez d’abord quelque chose, ou annulez.',
  'apps.notes.photo': 'Photo',
  'apps.notes.failed': 'La note n’a pas pu être enregistrée. Réessayez.',
  'apps.weather.places': 'Lieux',
  'apps.weather.add': 'Ajouter un lieu',
  'apps.weather.addButton': 'Ajouter',
  'apps.weather.added': '{place} ajouté.',
  'apps.weather.missing': 'Tapez le nom d’une ville.',
  'apps.weather.remove': 'Retirer {place}',
  'apps.weather.removed': '{place} retiré.',
  'apps.weather.failed': 'Le lieu n’a pas pu être enregistré. Réessayez.',
};
