// Brazilian Portuguese: the passphrase gate (what asks for the passphrase before something leaves or a guard
// weakens) and what the unlock report says about the attempt log itself.
import type { guard as en } from '../en/guard';

export const guard: Record<keyof typeof en, string> = {
  'gate.title': 'A sua frase-senha, para continuar',
  'gate.label': 'A sua frase-senha',
  'gate.why': 'Quem estiver com o app aberto não consegue fazer isto sem ela.',
  'gate.confirm': 'Continuar',
  'gate.wrong': 'A sua frase-senha não está certa. Nada foi alterado e nada saiu deste aparelho.',
  'gate.need': 'Digite a sua frase-senha primeiro.',
  'gate.checking': 'Verificando a sua frase-senha…',
  'exit.confirm.title': 'Saída rápida: confirme para onde ela vai',
  'exit.confirm.body': 'A Saída rápida estava configurada para abrir {url} depois da página neutra. Agora ela pede a sua frase-senha uma vez: até você confirmar, a Saída rápida fica na página neutra do próprio app e não acessa nenhum outro site.',
  'exit.confirm.keep': 'Confirmar {url}',
  'exit.confirm.remove': 'Ficar na página neutra',
  'exit.confirm.kept': 'Confirmado. A Saída rápida segue para {url}.',
  'exit.confirm.removed': 'A Saída rápida fica na página neutra do próprio app.',
  'report.inApp': '{count, plural, one {{count} delas foi digitada num campo “A sua frase-senha” enquanto o app estava aberto.} many {{count} delas foram digitadas num campo “A sua frase-senha” enquanto o app estava aberto.} other {{count} delas foram digitadas num campo “A sua frase-senha” enquanto o app estava aberto.}}',
  'report.duressChanged': '{count, plural, one {A sua frase de emergência foi mudada de dentro da isca em {date}. A que você definiu não abre mais a isca; a nova abre. Defina de novo em Ajustes se não foi você.} many {A sua frase de emergência foi mudada de dentro da isca {count} vezes, a última em {date}. A que você definiu não abre mais a isca. Defina de novo em Ajustes se não foi você.} other {A sua frase de emergência foi mudada de dentro da isca {count} vezes, a última em {date}. A que você definiu não abre mais a isca. Defina de novo em Ajustes se não foi você.}}',
  'report.log.missing': 'O registro de tentativas sem sucesso foi apagado deste aparelho. As tentativas feitas desde a última vez que você abriu não podem ser contadas.',
  'report.log.replaced': 'O registro de tentativas sem sucesso foi trocado por uma cópia mais antiga. Tentativas feitas desde a última vez que você abriu podem estar faltando nesta contagem.',
  'report.log.cut': 'Algumas tentativas sem sucesso foram cortadas do registro. Houve mais do que esta contagem diz.',
};
