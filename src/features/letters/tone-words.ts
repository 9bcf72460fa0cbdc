// Word lists for the tone check, per language: lower case, accents removed, regex syntax.
import type { Lang } from '../../i18n';
import { NEGATION_FR, WORDS_FR } from './tone-words-fr';
import { AR_NEGATION, AR_WORDS } from './tone-words-ar';

export const TONE_KINDS = ['threat', 'apology', 'explanation', 'emotion', 'question', 'invitation', 'secondChance', 'hedge'] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

/** Phrases per kind. "question" also catches every sentence ending in "?" (see tone.ts). */
export const WORDS: Record<Lang, Record<ToneKind, readonly string[]>> = {
  en: {
    threat: [
      'or else', "you(?:'ll| will) (?:regret|be sorry|pay|see)", 'make you (?:pay|sorry)', 'watch (?:your back|out|yourself)',
      "(?:i'll|i will|i'm going to|i am going to|we'll|we will) (?:hurt|kill|destroy|ruin|expose|get|find|come after|make) you",
      'kill', 'hurt you', 'beat you', 'i know where you', 'teach you a lesson',
      'my (?:brothers?|father|dad|friends|family|cousins?) (?:will|are going to)', 'post (?:your|those|the) (?:photos|pictures|messages)',
      'tell everyone',
    ],
    apology: ["i'm sorry", 'i am sorry', 'sorry', 'apologi[sz]e\\w*', 'apolog(?:y|ies)', 'forgive me', 'my fault', 'i regret', 'pardon me'],
    explanation: [
      'because', 'the reason', "that's why", 'this is why', 'since you', "it's not you", "it's just that", 'as you know',
      'for my (?:own )?(?:health|sake|peace|well-?being|sanity)', 'so that i can', 'i need to focus', 'due to',
    ],
    emotion: [
      'hurt(?:s|ing)?', 'love[sd]?', 'loving', 'miss(?:ed|ing)? you', 'i miss', 'scared', 'afraid', 'frighten(?:ed|s|ing)?',
      'terrified', 'sad', 'angry', 'mad at', 'upset', 'heartbroken', 'broken heart', 'feel(?:s|ing|ings)?', 'felt', 'hate',
      'care about', 'cried', 'crying', 'lonely', 'pain(?:ful)?', 'devastated', 'disgust(?:ed|ing)?', 'pathetic', 'crazy',
      'psycho', 'idiot', 'creep(?:y)?', 'loser', 'sick of', 'miserable',
    ],
    question: ["(?:can|could|would|will|won't) you"],
    invitation: [
      'let me know', 'get back to me', 'write back', 'reply', 'respond', 'answer me', 'call me', 'text me', 'email me',
      'message me', 'contact me', 'reach me', 'talk(?:ing)?', 'meet(?:ing)?', 'see each other',
      'see you', 'hear from you', 'your (?:thoughts|side)', "i'm (?:here|open) (?:if|for)", 'if you (?:ever )?(?:want|need) to',
    ],
    secondChance: [
      'for now', 'right now', 'at the moment', 'at this time', 'for the time being', 'maybe', 'perhaps', 'some ?day', 'one day',
      'in the future', 'not ready', 'yet', "until i'm ready", 'need (?:some )?(?:time|space)', '(?:a|some) break', 'for a while',
      "we'll see", 'later on', '(?:be|stay|remain) friends', 'still (?:care|love)', '(?:another|second) chance', 'things change',
      'when things calm down',
    ],
    hedge: [
      'please', 'i think', 'i guess', 'kind of', 'sort of', 'if possible', "if you don't mind", "(?:i would|i'd) appreciate",
      "(?:i would|i'd) like", 'try (?:to|not)', 'trying to', 'just', 'a little',
    ],
  },
  es: {
    threat: [
      'o si no', 'te vas a arrepentir', 'te arrepentiras', 'me las (?:vas a pagar|pagaras)', 'vas a ver', 'ya veras',
      'te (?:voy|vamos) a (?:matar|hacer dano|lastimar|destruir|arruinar|exponer|buscar|encontrar)', 'te mato', 'matar\\w*',
      'cuida(?:te)? (?:tus|las) espaldas', 'se donde (?:vives|estas|trabajas)', 'mi (?:hermanos?|padre|papa|familia|primos?) (?:va|van|te)',
      'dar(?:te)? una leccion', 'publicar (?:tus|las|esas) (?:fotos|mensajes)', 'contarle a todos',
    ],
    apology: ['lo siento', 'perdon(?:a|ame|eme)?', 'disculpa(?:s|me)?', 'disculpe(?:me)?', 'lamento', 'mi culpa', 'me arrepiento', 'siento (?:mucho|que)'],
    explanation: [
      'porque', 'la razon', 'ya que', 'es que', 'por eso', 'esta es la razon', 'no es por ti', 'debido a', 'para poder',
      'como sabes', 'por mi (?:salud|bien|paz|tranquilidad)',
    ],
    emotion: [
      'dolid[oa]s?', 'me duele', 'duele', 'me dolio', 'herid[oa]', 'te quiero', 'te amo', 'amor', 'te extran[oe]', 'extran[oe]',
      'echo de menos', 'miedo', 'asustad[oa]', 'triste(?:za)?', 'enojad[oa]', 'enfadad[oa]', 'me siento', 'sentimientos', 'odio',
      'te odio', 'corazon', 'llor(?:o|e|ar|ando)', 'destrozad[oa]', 'patetic[oa]', 'loc[oa]', 'idiota', 'asqueros[oa]', 'hart[oa]',
      'me importas',
    ],
    question: [],
    invitation: [
      'avisame', 'respondeme', 'respondame', 'responde', 'contestame', 'contesteme', 'contesta', 'escribeme', 'escribame',
      'llamame', 'llameme', 'contactame', 'contacteme', 'hablemos', 'hablar(?:lo)?', 'vernos',
      'espero (?:tu|su) respuesta', 'espero saber de ti', 'dime', 'digame', 'veamos', 'nos vemos', 'quedemos',
      'si (?:alguna vez )?(?:quieres|necesitas)', 'puedes (?:llamarme|escribirme|contactarme)',
    ],
    secondChance: [
      'por ahora', 'por el momento', 'de momento', 'ahora mismo', 'en este momento', 'quizas?', 'tal vez', 'a lo mejor',
      'algun dia', 'en el futuro', 'todavia', 'aun no', 'no estoy list[oa]', 'necesito (?:un poco de )?(?:tiempo|espacio)',
      'un tiempo', '(?:ser|seguir siendo|quedar como) amigos', 'mas adelante', 'ya veremos', '(?:otra|segunda) oportunidad',
      'cuando las cosas se calmen',
    ],
    hedge: [
      'por favor', 'creo que', 'supongo', 'si es posible', 'si puedes', 'si no te importa', 'me gustaria',
      '(?:te|le) agradeceria', 'intenta', 'intentes', 'trata de', 'solo quiero', 'solamente', 'un poco',
    ],
  },
  fr: WORDS_FR,
  pt: {
    threat: [
      'ou entao', 'senao', '(?:voce )?vai se arrepender', '(?:voce )?vai me pagar', 'vai pagar caro', '(?:voce )?vai ver so', 'ou voce vai ver',
      '(?:eu )?(?:vou|vamos) te (?:matar|machucar|bater|destruir|arruinar|expor|pegar|achar|encontrar|quebrar)',
      '(?:vou|vamos) (?:matar|machucar|destruir|acabar com|pegar|expor) voce', 'te mato', 'matar\\w*', 'acabar com a sua vida',
      'toma cuidado', 'abre o olho', 'do que (?:eu )?sou capaz', 'sei onde voce (?:mora|esta|trabalha|estuda)',
      '(?:meu|meus) (?:irmaos?|pai|amigos|primos?) (?:vai|vao)', 'minha familia vai', '(?:te )?dar uma licao',
      '(?:postar|publicar|espalhar) (?:suas|as|essas|aquelas) (?:fotos|mensagens|conversas)', 'contar (?:para|pra|a) todo mundo',
    ],
    apology: [
      'desculpa(?:s)?', '(?:me )?desculpe', 'desculpe-me', 'sinto muito', 'perdao', 'me perdoa', 'me perdoe', 'perdoe-me',
      'foi mal', 'minha culpa', 'me arrependo', 'lamento',
    ],
    explanation: [
      'porque', 'pois', 'ja que', 'visto que', 'o motivo', 'a razao', 'acontece que', 'por isso', 'nao e (?:por )?voce',
      'como voce sabe', 'devido a', 'para (?:eu )?poder', 'pela minha (?:saude|paz|tranquilidade|sanidade)', 'pelo meu (?:bem|bem-estar)',
      'preciso me concentrar',
    ],
    emotion: [
      'magoad[oa]s?', 'me magoa', 'me machuca', 'doi', 'me doeu', 'dor', 'ferid[oa]', 'te amo', 'te quero', 'amor', 'saudades?',
      'sinto (?:a )?(?:sua )?falta', 'medo', 'assustad[oa]', 'apavorad[oa]', 'triste(?:za)?', 'raiva', 'irritad[oa]', 'chatead[oa]',
      'me sinto', 'sentimentos?', 'odio', 'te odeio', 'coracao', 'chor(?:o|ei|ar|ando)', 'arrasad[oa]', 'destruid[oa]',
      'pateti[ck][oa]', 'louc[oa]', 'psicopata', 'idiota', 'nojent[oa]', 'ridicul[oa]', 'fracassad[oa]', 'cansad[oa] de',
      'de saco cheio', 'me importo', 'solitari[oa]',
    ],
    question: ['voce (?:pode|poderia|podia)'],
    invitation: [
      'me avis[ae]', 'me respond[ae]', 'respond[ae]', 'me lig(?:a|ue)', 'me chama', 'me mand[ae] (?:uma |um )?(?:mensagem|e-?mail|recado|noticias)',
      'me escrev[ae]', 'me procur[ae]', 'entre em contato', 'fal[ae] comigo', 'conversar', 'conversa', 'vamos conversar',
      '(?:nos|a gente) (?:se )?(?:ve|ver|encontrar|encontra)', 'nos vemos', 'encontrar', 'espero (?:a )?(?:sua )?resposta',
      'aguardo (?:a |o )?(?:sua |seu )?(?:resposta|retorno)', 'me di(?:z|ga)', 'se (?:um dia )?(?:voce )?(?:quiser|precisar)',
      'estou aqui (?:se|para)', '(?:o )?seu lado',
    ],
    secondChance: [
      'por enquanto', 'por agora', 'no momento', 'neste momento', 'agora nao', 'talvez', 'quem sabe', 'um dia', 'algum dia',
      'no futuro', 'ainda nao', 'nao estou pront[oa]', 'preciso de (?:um )?(?:tempo|espaco)', 'um tempo', 'uma pausa',
      'mais (?:para|pra) frente', 'mais tarde', 'vamos ver', '(?:ser|continuar|ficar) amigos', 'ainda (?:gosto|te amo|me importo)',
      '(?:outra|segunda) chance', 'as coisas mudam', 'quando as coisas se acalmarem',
    ],
    hedge: [
      'por favor', '(?:eu )?acho que', 'suponho', 'se (?:for )?possivel', 'se (?:voce )?puder', 'se nao (?:for|te|lhe) incomod\\w*',
      '(?:eu )?gostaria', 'agradeceria', 'agradeco se', 'tente', 'tenta', 'procure nao', 'so quero', 'apenas', 'um pouco', 'meio que',
    ],
  },
  ar: AR_WORDS,
};

/**
 * Negations that turn an invitation phrase in the same clause into a refusal ("I will not
 * respond", "Do not call me, text me or email me"); a contrast word starts a new clause.
 */
export const NEGATION: Record<Lang, { negation: RegExp; contrast: RegExp }> = {
  en: { negation: /(?<![\w'])(?:not|never|no)(?![\w'])|n't(?![\w'])/, contrast: /(?<![\w'])(?:but|although|though|however|unless)(?![\w'])/g },
  es: { negation: /(?<![\w'])(?:no|nunca|jamas|ni)(?![\w'])/, contrast: /(?<![\w'])(?:pero|aunque|sin embargo|salvo)(?![\w'])/g },
  fr: NEGATION_FR,
  pt: { negation: /(?<![\w'])(?:nao|nunca|jamais|nem|nenhum|nenhuma)(?![\w'])/, contrast: /(?<![\w'])(?:mas|porem|embora|contudo|entretanto|todavia|exceto|a nao ser que)(?![\w'])/g },
  ar: AR_NEGATION,
};
