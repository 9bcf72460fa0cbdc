// French word lists for the tone check (tone-words.ts's categories): lower case, accents removed, regex syntax.
// Letters to the ex may say «tu» or «vous», so both forms are listed; elision (m', t', j') is written out.

/** Checked against tone-words.ts's kinds where WORDS takes it in (no import back: no cycle). */
export const WORDS_FR = {
  threat: [
    'sinon', '(?:tu|vous) (?:vas|allez) (?:le )?regretter', '(?:tu le|vous le) regretter(?:as|ez)',
    '(?:tu|vous) (?:vas|allez) (?:me )?le payer', '(?:tu|vous) me le paier(?:as|ez)', '(?:tu vas|vous allez) voir', 'tu verras',
    "(?:je vais|on va|nous allons|je vais aller) (?:te|vous) (?:tuer|faire (?:du )?mal|detruire|ruiner|exposer|retrouver|trouver|pourrir la vie|le faire payer)",
    "je (?:te|vous) (?:tue|tuerai|retrouverai|detruirai)", 'tuer', 'crever', 'gare a (?:toi|vous)', 'fais gaffe', 'faites gaffe',
    'fais attention a toi', 'faites attention a vous', "je sais ou (?:tu|vous) (?:habites?|habitez|vis|vivez|es|etes|travailles?|travaillez)",
    '(?:mes|mon) (?:freres?|pere|papa|amis|famille|cousins?) (?:va|vont)', '(?:te|vous) donner une (?:bonne )?lecon',
    'publier (?:tes|vos|les|ces) (?:photos|messages)', 'le dire a tout le monde', 'tout raconter',
  ],
  apology: [
    'desolee?s?', 'je suis desolee?', 'pardon(?:ne-moi|nez-moi)?', "je m'excuse", "je vous prie de m'excuser", 'excuse-moi', 'excusez-moi',
    "(?:c'est )?(?:de )?ma faute", 'je regrette', 'navree?',
  ],
  explanation: [
    'parce que', "parce qu'", 'car', 'puisque', 'la raison', "c'est pour (?:ca|cela) que", "c'est pourquoi", 'voila pourquoi',
    "ce n'est pas (?:toi|de ta faute|de votre faute)", "c'est juste que", 'comme tu (?:le )?sais', 'comme vous (?:le )?savez',
    'pour (?:ma|mon) (?:sante|tranquillite|paix|securite|bien|bien-etre|equilibre)', 'afin de', 'pour pouvoir',
    "j'ai besoin de me concentrer", 'en raison de', 'a cause de',
  ],
  emotion: [
    'blessee?s?', '(?:ca|cela) me (?:blesse|fait mal|fait de la peine)', 'tu me manques', 'vous me manquez', "je t'aime", "je vous aime",
    'amour', 'peur', 'effrayee?', 'terrifiee?', 'triste(?:sse)?', 'en colere', 'furieu(?:x|se)', 'fachee?', 'bouleversee?',
    'coeur brise', 'mon coeur', 'je me sens', 'sentiments?', 'je ressens', 'je deteste', 'je te hais', 'haine', 'je tiens a (?:toi|vous)',
    "j'ai pleure", 'pleur(?:e|er|es|ais|ait|ant)', 'souffr(?:e|ance|ir)', 'douleur', 'detruite?', 'degoutee?', 'degoutant(?:e)?',
    'pathetique', 'minable', 'fou', 'folle', 'psychopathe', 'taree?', 'idiot(?:e)?', 'connard', 'salaud', 'pervers',
    "j'en ai marre", 'ras le bol', 'malheureu(?:x|se)',
  ],
  question: ['(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)-(?:tu|vous)', "est-ce qu(?:e|')"],
  invitation: [
    'dis-moi', 'dites-moi', 'tiens-moi au courant', 'tenez-moi au courant', 'reponds(?:-moi)?', 'repondez(?:-moi)?', 'repondre',
    'ecris-moi', 'ecrivez-moi', 'appelle-moi', 'appelez-moi', 'envoie-moi', 'envoyez-moi', 'contacte-moi', 'contactez-moi',
    'recontacte-moi', 'recontactez-moi', 'parler', 'parlons', 'discuter', 'discutons', 'en parler', 'se voir', 'nous voir', 'on se voit',
    'rencontrer', 'rencontrons-nous', 'se retrouver', "j'attends (?:ta|votre) reponse", '(?:ton|votre) avis', '(?:ta|votre) version',
    'si (?:jamais )?(?:tu veux|tu as besoin|vous voulez|vous avez besoin)', 'je (?:suis|reste) (?:la|disponible|ouverte?) (?:si|pour)',
    'a bientot', 'donne-moi des nouvelles', 'donnez-moi des nouvelles', 'reviens vers moi', 'revenez vers moi',
  ],
  secondChance: [
    "pour l'instant", 'pour le moment', 'en ce moment', "pour l'heure", 'pour un temps', 'peut-etre', "(?:qu')?un jour", 'plus tard',
    "a l'avenir", 'dans le futur', 'pas (?:encore )?prete?', 'pas encore', "besoin (?:de temps|de recul|d'espace|d'air)",
    '(?:une|un peu de) pause', 'quelque temps', 'on verra', '(?:rester|etre|redevenir) (?:bons )?amis', "je (?:t'aime|tiens a toi) encore",
    '(?:une autre|une seconde|une deuxieme|une derniere) chance', 'les choses changent', 'quand (?:les choses|tout) se (?:sera|seront) calmee?s?',
  ],
  hedge: [
    "s'il te plait", "s'il vous plait", 'stp', 'svp', 'je pense', 'je crois', 'je suppose', 'en quelque sorte', 'un peu', 'si possible',
    'si (?:ca|cela) ne (?:te|vous) (?:derange|gene) pas', "j'aimerais", 'je voudrais', 'je souhaiterais',
    '(?:je te|je vous) serais reconnaissante?', 'merci de', 'essaie de', 'essaye de', 'essayez de', 'juste', 'simplement', 'seulement',
    'si tu (?:peux|pouvais)', 'si vous (?:pouvez|pouviez)',
  ],
};

/**
 * Negations that turn an invitation in the same clause into a refusal («Je ne répondrai pas»,
 * «Ne m'appelle pas, ne m'écris pas»; spoken French may drop «ne»); a contrast word starts a new clause.
 */
export const NEGATION_FR: { negation: RegExp; contrast: RegExp } = {
  negation: /(?<![\w'])(?:(?:ne|pas|jamais|aucune?|rien|ni|sans)(?![\w'])|n')/,
  contrast: /(?<![\w'])(?:mais|bien que|quoique|pourtant|cependant|toutefois|sauf si|a moins que)(?![\w'])/g,
};
