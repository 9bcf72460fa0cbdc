// The tone check's Brazilian Portuguese lists (same kinds and syntax as tone-words.ts: lower case,
// accents and ç folded, regex syntax); kept apart so the larger file stays one screen per language.
import type { ToneKind } from './tone-words';

export const PT_WORDS: Record<ToneKind, readonly string[]> = {
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
};

/** Negations that refuse an invitation in their clause ("Não vou responder"); a contrast word starts a new clause. */
export const PT_NEGATION = {
  negation: /(?<![\w'])(?:nao|nunca|jamais|nem|nenhum|nenhuma)(?![\w'])/,
  contrast: /(?<![\w'])(?:mas|porem|embora|contudo|entretanto|todavia|exceto|a nao ser que)(?![\w'])/g,
};
