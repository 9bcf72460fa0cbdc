// The tone check on firm sentences (no flags) and on what advocates advise against, in each language.
import { describe, expect, it } from 'vitest';
import { isMessageKey, type Lang } from '../../src/i18n';
import { checkTone, fold, SCOPE_KINDS, TONE_KINDS, type ToneKind } from '../../src/features/letters/tone';

const kinds = (text: string, lang: Lang) => checkTone(text, lang).map((f) => f.kind);

const GOOD: Record<Lang, string[]> = {
  en: [
    'Do not contact me again in any way.',
    'This includes calls, texts, email and social media.',
    'I will not respond to any further contact.',
    "I won't reply to any message.",
    'Any further contact will be documented and reported to the police.',
    'Do not come to my home or my workplace.',
    'This decision is final.',
    'Do not call me, text me or email me.',
    'Since then you have contacted me again.',
    'I do not want to talk to you or meet you.',
  ],
  es: [
    'No vuelvas a contactarme de ninguna forma.',
    'Esto incluye llamadas, mensajes de texto y correo electrónico.',
    'No voy a responder a ningún contacto.',
    'Cualquier nuevo contacto quedará documentado y será denunciado a la policía.',
    'No vengas a mi casa ni a mi trabajo.',
    'Esta decisión es definitiva.',
    'No me llames ni me escribas.',
    'No responderé a ningún mensaje.',
    'No quiero hablar contigo ni vernos.',
  ],
  fr: [
    'Ne me contacte plus, de quelque façon que ce soit.',
    'Cela comprend les appels, les SMS et les e-mails.',
    'Je ne répondrai à aucun autre contact.',
    'Tout nouveau contact sera consigné et signalé à la police.',
    'Ne viens pas chez moi ni à mon travail.',
    'Cette décision est définitive.',
    'Ne m’appelle pas et ne m’écris pas.',
    'Je ne répondrai à aucun message.',
    'Je ne veux pas te parler ni te voir.',
    'Depuis, tu as repris contact avec moi.',
  ],
  pt: [
    'Não me procure mais de forma nenhuma.',
    'Isso inclui ligações, SMS, e-mails e redes sociais.',
    'Não vou responder a nenhum outro contato.',
    'Qualquer novo contato será registrado e comunicado à polícia.',
    'Não venha à minha casa nem ao meu trabalho.',
    'Esta decisão é definitiva.',
    'Não me ligue, não me escreva e não me mande mensagem.',
    'Nunca vou responder a nenhuma mensagem.',
    'Não quero conversar com você nem encontrar você.',
    'Desde então, você me procurou de novo.',
  ],
  ar: [
    'أطلب منك عدم التواصل معي مرة أخرى بأي شكل.',
    'ويشمل ذلك المكالمات والرسائل النصية والبريد الإلكتروني.',
    'لن أرد على أي تواصل آخر.',
    'وأي تواصل آخر سيُوثَّق ويُبلَّغ عنه للشرطة.',
    'أطلب منك عدم المجيء إلى منزلي أو مكان عملي.',
    'هذا القرار نهائي.',
    'لا تتصل بي ولا تكتب لي.',
    'ومنذ ذلك الحين استمرّ تواصلك معي.',
    'لا أريد الحديث معك ولا لقاءك.',
    'سحب المال من المصرف.', // not «حب» (love) inside «سحب» (withdraw)
  ],
};

const BAD: Record<Lang, Array<[string, ToneKind]>> = {
  en: [
    ["I'm sorry, but this is over.", 'apology'],
    ['I apologise for everything.', 'apology'],
    ['Stop, because my therapist says so.', 'explanation'],
    ['It hurts me when you write to me.', 'emotion'],
    ['You are pathetic.', 'emotion'],
    ['Why do you keep doing this?', 'question'],
    ['Can you stop messaging me.', 'question'],
    ['Let me know that you got this.', 'invitation'],
    ['Respond to this message.', 'invitation'],
    ['Maybe later we can talk.', 'invitation'],
    ["I'm not ready to talk right now.", 'secondChance'],
    ['Maybe someday we can be friends.', 'secondChance'],
    ['Please stop contacting me.', 'hedge'],
    ['I would like you to stop.', 'hedge'],
    ["If you come here again you'll regret it.", 'threat'],
    ['I will hurt you if you come near me.', 'threat'],
    ['I’m sorry.', 'apology'],
  ],
  es: [
    ['Lo siento, pero esto se acabó.', 'apology'],
    ['Perdóname por todo.', 'apology'],
    ['Te lo pido porque mi terapeuta lo dice.', 'explanation'],
    ['Me duele cuando me escribes.', 'emotion'],
    ['Eres patético.', 'emotion'],
    ['¿Por qué sigues haciendo esto?', 'question'],
    ['Avísame si lo recibiste.', 'invitation'],
    ['Contéstame cuando puedas.', 'invitation'],
    ['Quiero hablar contigo una última vez.', 'invitation'],
    ['Por ahora no quiero hablar.', 'secondChance'],
    ['Tal vez algún día podamos ser amigos.', 'secondChance'],
    ['Por favor, deja de contactarme.', 'hedge'],
    ['Me gustaría que dejaras de escribirme.', 'hedge'],
    ['Si vuelves a venir, te vas a arrepentir.', 'threat'],
    ['Te voy a hacer daño si te acercas.', 'threat'],
    ['Sé dónde vives.', 'threat'],
  ],
  fr: [
    ['Je suis désolée, mais c’est fini.', 'apology'],
    ['Pardonne-moi pour tout.', 'apology'],
    ['Arrête, parce que ma psy le dit.', 'explanation'],
    ['Ça me fait mal quand tu m’écris.', 'emotion'],
    ['Tu es pathétique.', 'emotion'],
    ['Pourquoi tu continues ?', 'question'],
    ['Peux-tu arrêter de m’écrire.', 'question'],
    ['Réponds à ce message.', 'invitation'],
    ['Dis-moi si tu l’as reçue.', 'invitation'],
    ['Je veux te parler une dernière fois.', 'invitation'],
    ['Pour l’instant, je ne veux pas parler.', 'secondChance'],
    ['Peut-être qu’un jour on pourra rester amis.', 'secondChance'],
    ['S’il te plaît, arrête de me contacter.', 'hedge'],
    ['J’aimerais que tu arrêtes de m’écrire.', 'hedge'],
    ['Si tu reviens, tu vas le regretter.', 'threat'],
    ['Je vais te faire du mal si tu t’approches.', 'threat'],
    ['Je sais où tu habites.', 'threat'],
  ],
  pt: [
    ['Desculpa, mas acabou.', 'apology'],
    ['Me perdoe por tudo.', 'apology'],
    ['Peço isso porque a minha terapeuta disse.', 'explanation'],
    ['Me magoa quando você me escreve.', 'emotion'],
    ['Você é patético.', 'emotion'],
    ['Por que você continua fazendo isso?', 'question'],
    ['Você pode parar de me mandar mensagem.', 'question'],
    ['Me avise se recebeu.', 'invitation'],
    ['Me responda quando puder.', 'invitation'],
    ['Quero conversar com você uma última vez.', 'invitation'],
    ['Por enquanto não quero conversar.', 'secondChance'],
    ['Talvez um dia a gente possa ser amigos.', 'secondChance'],
    ['Por favor, pare de me procurar.', 'hedge'],
    ['Eu gostaria que você parasse de me escrever.', 'hedge'],
    ['Se você vier de novo, vai se arrepender.', 'threat'],
    ['Vou te machucar se você chegar perto.', 'threat'],
    ['Sei onde você mora.', 'threat'],
  ],
  ar: [
    ['أنا آسفة، لكن هذا انتهى.', 'apology'],
    ['انا اسف على كل شيء.', 'apology'], // typed without hamza, as phones often do
    ['أعتذر عن كل شيء.', 'apology'],
    ['توقف لأن معالجتي النفسية تقول ذلك.', 'explanation'],
    ['يؤلمني عندما تكتب لي.', 'emotion'],
    ['أنت مثير للشفقة.', 'emotion'],
    ['لماذا تستمر في فعل هذا؟', 'question'],
    ['هل يمكنك التوقف عن مراسلتي.', 'question'],
    ['أخبرني إن وصلتك هذه الرسالة.', 'invitation'],
    ['رد علي عندما تستطيع.', 'invitation'],
    ['أريد أن نتكلم مرة أخيرة.', 'invitation'],
    ['حاليا لا أريد الحديث.', 'secondChance'],
    ['ربما يوما ما نبقى أصدقاء.', 'secondChance'],
    ['من فضلك توقف عن التواصل معي.', 'hedge'],
    ['أتمنى أن تتوقف.', 'hedge'],
    ['إذا جئت مرة أخرى ستندم.', 'threat'],
    ['سأؤذيك إذا اقتربت مني.', 'threat'],
    ['أعرف أين تسكنين.', 'threat'],
  ],
};

describe('tone check', () => {
  for (const lang of ['en', 'es', 'fr', 'pt', 'ar'] as const) {
    it.each(GOOD[lang])(`${lang}: leaves a firm sentence alone: %s`, (sentence) => {
      expect(checkTone(sentence, lang)).toEqual([]);
    });

    it.each(BAD[lang])(`${lang}: flags %s as %s`, (sentence, kind) => {
      expect(kinds(sentence, lang)).toContain(kind);
    });
  }

  it('returns the words exactly as written, with their position', () => {
    const text = 'Esto se acabó. Perdóname, pero NECESITO ESPACIO.';
    const flags = checkTone(text, 'es');
    expect(flags.map((f) => [f.kind, f.match])).toEqual([['apology', 'Perdóname'], ['secondChance', 'NECESITO ESPACIO']]);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('explains every flag and suggests firmer words, from the catalog', () => {
    for (const kind of TONE_KINDS) {
      expect(isMessageKey(`letters.tone.${kind}.why`), kind).toBe(true);
      expect(isMessageKey(`letters.tone.${kind}.fix`), kind).toBe(true);
      expect(isMessageKey(`letters.tone.label.${kind}`), kind).toBe(true);
    }
    const [flag] = checkTone('Sorry.', 'en');
    expect(flag).toMatchObject({ kind: 'apology', explanation: 'letters.tone.apology.why', suggestion: 'letters.tone.apology.fix' });
  });

  it('reports a threat once, not also as the apology inside it', () => {
    expect(kinds("Stop or you'll be sorry.", 'en')).toEqual(['threat']);
  });

  it('keeps other flags inside a question', () => {
    expect(kinds('¿Podemos hablar por ahora?', 'es').sort()).toEqual(['invitation', 'question', 'secondChance']);
    expect(kinds('Sorry, can you stop?', 'en').sort()).toEqual(['apology', 'question']);
  });

  it('accepts an invitation phrase when it is refused', () => {
    expect(kinds('I will never reply. Do not ever contact me.', 'en')).toEqual([]);
    expect(kinds('Reply to me.', 'en')).toEqual(['invitation']);
    // A refusal covers its own clause only: "but" starts a new one, and so does a new sentence.
    expect(kinds("I don't want to talk, but let me know if anything changes.", 'en')).toContain('invitation');
    expect(kinds('Do not write. Call me.', 'en')).toEqual(['invitation']);
    expect(kinds('No me llames, pero avísame si pasa algo.', 'es')).toContain('invitation');
    expect(kinds('Não me ligue, mas me avise se acontecer algo.', 'pt')).toContain('invitation');
    expect(kinds('Não vou responder nem conversar.', 'pt')).toEqual([]);
    expect(kinds('لن أرد، لكن أخبرني إن تغيّر شيء.', 'ar')).toContain('invitation');
  });

  it('matches whole words only', () => {
    expect(checkTone('The message was sadly misdirected; I said nothing.', 'en')).toEqual([]); // not "sad", "said"
    expect(checkTone('No voy a responder.', 'es')).toEqual([]); // "responder", not "responde"
  });

  it('checks letters to other people for threats only', () => {
    const text = 'Please do not let them in, because they may come. Thank you for your help.';
    expect(checkTone(text, 'en', SCOPE_KINDS.others)).toEqual([]);
    expect(checkTone(`${text} I will kill him.`, 'en', SCOPE_KINDS.others).map((f) => f.kind)).toEqual(['threat']);
  });

  it('folds case and accents without moving any character', () => {
    const text = 'ÁRBOL Perdón ’til';
    expect(fold(text)).toBe("arbol perdon 'til");
    expect(fold(text).length).toBe(text.length);
  });
});
