// Brazilian Portuguese: the settings module.
import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.title': 'Ajustes',
  'settings.security': 'Segurança',
  'settings.change': 'Mudar a frase-senha',
  'settings.current': 'Frase-senha atual',
  'settings.newPass': 'Nova frase-senha',
  'settings.repeatPass': 'Repita a nova frase-senha',
  'settings.changed': 'Frase-senha alterada. A partir de agora, use a nova.',
  'settings.changing': 'Mudando a frase-senha…',
  'settings.autolock': 'Bloqueio automático',
  'settings.idle': 'Bloquear depois de tantos minutos sem uso',
  'settings.idleOff': 'Nunca',
  'settings.minutes': '{count, plural, one {{count} minuto} many {{count} minutos} other {{count} minutos}}',
  'settings.lockOnHide': 'Bloquear quando eu passar para outro app ou outra aba',
  'settings.storage': 'Armazenamento neste aparelho',
  // Issue 12: a new key on change.
  'settings.rekeying': 'Criptografando tudo de novo com uma nova chave: {percent}%',
  'settings.duressOff': 'A mudança desativou a sua frase de emergência: defina de novo em Frase-senha de emergência.',
  // ---- issue 15: the fronts' settings and the decoy's own notes (needed only after unlock) ----
  'disguise.notes.label': 'Notas mostradas com o app bloqueado',
  'disguise.notes.hint': 'Deixe uma linha em branco entre as notas; a primeira linha de uma nota é o título dela. Sem linhas em branco, cada linha é uma nota.',
  'disguise.notes.plain': 'Estas notas não são criptografadas: elas precisam aparecer antes de você desbloquear, então qualquer pessoa que pegar este aparelho pode lê-las. Escreva só coisas inofensivas, como uma lista de compras.',
  'disguise.notes.save': 'Salvar as notas',
  'disguise.notes.saved': 'Salvo. Estas notas aparecem enquanto o app está bloqueado.',
  'disguise.place.label': 'Lugar mostrado na previsão do tempo',
  'disguise.place.hint': 'Qualquer cidade. A previsão é inventada neste aparelho a partir do lugar e da data: não é uma previsão de verdade e não precisa de internet. O lugar não é criptografado, assim como o disfarce.',
  'disguise.place.save': 'Salvar o lugar',
  'disguise.place.saved': 'Salvo. A previsão agora mostra {place}.',
  'duress.decoy.notes': 'As notas da isca',
  'duress.decoy.notesHint': 'Cada nota vira uma anotação no diário-isca, com a data de um dia das últimas semanas (escolhido uma vez e mantido). Deixe uma linha em branco entre as notas. Escreva coisas comuns suas: é isso que veria alguém que obrigasse você a abrir o app.',
  'duress.decoy.same': 'Usar as notas mostradas com o app bloqueado',
  'duress.decoy.photo': 'Adicionar uma foto comum (opcional)',
  'duress.decoy.photoRemove': 'Remover a foto',
  'duress.decoy.change': 'Salvar a isca',
  'duress.decoy.changeHint': 'Para mudar a isca, digite a sua frase-senha e a frase de emergência.',
  'duress.decoy.changed': 'A isca está salva.',
  'duress.decoy.empty': 'Escreva pelo menos uma nota para a isca.',
  'duress.decoy.title': 'A isca',
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': 'Mude se alguém puder saber a sua frase-senha. Mudar cria uma nova chave e criptografa tudo de novo, então uma cópia antiga da sua frase-senha, ou do armazenamento deste aparelho, não consegue abrir o que você escrever a partir daí.',
  // issue 16: storage state in Settings
  'storage.use': '{used} usados por este app, {free} livres para ele neste aparelho.',
  'storage.useUnknown': 'Este navegador não diz quanto espaço está usado ou livre. Faça backups.',
  // issue 14: a grace for pickers, and the language here
  'settings.pickerGrace': 'Quando eu escolher uma foto ou compartilhar um arquivo',
  'settings.pickerGraceHint': 'Escolher uma foto, tirar uma com a câmera ou compartilhar um arquivo sai do app por um momento. Ele continua desbloqueado por este tempo; fora isso, passar para outro app ainda bloqueia.',
  'settings.pickerGraceOff': 'Bloquear na hora',
  'settings.seconds': '{n} segundos',
};
