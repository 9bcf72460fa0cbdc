// The Brazilian Portuguese catalog (pt, Intl locale pt-BR): one file per module, merged here.
//
// Glossary: the one Portuguese word for each idea, used in every file. The app speaks to the
// person as «você» throughout (warm and plain; Brazilian, and understood in Portugal), and avoids
// adjectives that would guess the person's gender («se você não se sente em segurança», not
// «segura»); where one cannot be avoided, both forms («sozinha ou sozinho»). The ex is «a pessoa».
// Letters the person sends: to the ex, «você», short and firm; to an institution, formal
// («Peço que…», «A/C»); to friends, «você» and warm.
//   app (the app itself) ............ o app               (never «aplicativo» in running text)
//   journal ......................... diário
//   entry (in the journal) .......... anotação            («Nova anotação»)
//   record / log (the whole) ........ registro            («Conferir os registros»)
//   incident ........................ ocorrência          (as in «boletim de ocorrência»)
//   contact (from the ex) ........... contato; to contact you: procurar você / entrar em contato
//   notice (no-contact) ............. aviso               («Aviso de não contato», «Depois do aviso»)
//   passphrase ...................... frase-senha         (plural frases-senha)
//   duress passphrase ............... frase de emergência («Frase-senha de emergência» as a title)
//   decoy ........................... isca                (the decoy journal: «diário-isca»)
//   disguise ........................ disfarce
//   backup .......................... backup              (the word Brazilians use; never a bare «cópia»,
//                                                          which is a copy of a letter or file)
//   lock / unlock ................... bloquear / desbloquear; lock screen: tela de bloqueio
//   Quick exit ...................... Saída rápida        (the control's name, src/i18n/exit.ts)
//   evidence / exhibit .............. provas / Anexo {n}  (as Brazilian filings number attachments)
//   proof (of sending) .............. comprovante
//   fingerprint (SHA-256) ........... impressão digital
//   safety plan ..................... plano de segurança; a part of it: parte
//   settings (this app's) ........... Ajustes            (a browser's own: configurações; an iPhone's: Ajustes)
//   Resources (the section) ......... Ajuda              (help lines: linhas de apoio)
//   template ........................ modelo
//   draft ........................... rascunho
//   support person (advocate) ....... serviço de apoio   (people who help: «quem atende vítimas»)
//   lawyer .......................... advogada ou advogado (public: Defensoria Pública)
//   police report ................... boletim de ocorrência; to report: denunciar
//   protection order ................ medida protetiva   (the country's own name comes from the help data)
//   court ........................... a Justiça («pedir à Justiça»); the court packet: pacote para a justiça
//   stalking ........................ perseguição
//   delete, erase / remove .......... apagar / remover   («Excluir» only when naming a phone's own button)
//   save ............................ salvar             (keep: guardar)
//   phone / device .................. celular / aparelho
//   text message .................... SMS; certified mail: carta registrada com AR
//   school / computer / car ......... escola / computador / carro
//   Enter key / Shift key ........... Enter / Shift; Escape: Esc
//   «Nada foi alterado.» ............ the one way to say nothing changed (also «Nada foi salvo.», «Nada foi gravado.»)
// Emergency number in letters and advice: 190 (Brazil's police); the help data gives each country's own.
// Names that stay as they are: Daybook, the hotlines' own names, phone menus quoted as the phone
// shows them in Brazilian Portuguese (Ajustes, Recentes, Bloquear este Contato…), and the US and
// English legal wording the packet quotes (marked «Texto legal, em inglês»).
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
