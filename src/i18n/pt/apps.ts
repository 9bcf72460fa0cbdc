// Brazilian Portuguese: the disguise's own apps the duress passphrase opens (Notes, Weather). Plain app words only.
import type { apps as en } from '../en/apps';

export const apps: Record<keyof typeof en, string> = {
  'apps.notes.new': 'Nova nota',
  'apps.notes.edit': 'Editar nota',
  'apps.notes.note': 'Nota',
  'apps.notes.save': 'Salvar',
  'apps.notes.cancel': 'Cancelar',
  'apps.notes.change': 'Editar',
  'apps.notes.delete': 'Apagar',
  'apps.notes.deleteAsk': 'Apagar esta nota?',
  'apps.notes.keep': 'Manter',
  'apps.notes.deleted': 'Nota apagada.',
  'apps.notes.saved': 'Nota salva.',
  'apps.notes.empty': 'Escreva algo primeiro, ou cancele.',
  'apps.notes.photo': 'Foto',
  'apps.notes.failed': 'Não foi possível salvar a nota. Tente de novo.',
  'apps.weather.places': 'Lugares',
  'apps.weather.add': 'Adicionar um lugar',
  'apps.weather.addButton': 'Adicionar',
  'apps.weather.added': 'Lugar adicionado: {place}.',
  'apps.weather.missing': 'Digite o nome de uma cidade.',
  'apps.weather.remove': 'Remover {place}',
  'apps.weather.removed': 'Lugar removido: {place}.',
  'apps.weather.failed': 'Não foi possível salvar o lugar. Tente de novo.',
};
