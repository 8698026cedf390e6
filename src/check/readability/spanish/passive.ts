// Spanish passive voice, per sentence: a warning-level measure, like the English passive.ts.
//
// What is flagged: the periphrastic passive, a form of "ser" followed by a participle, with
// at most two adverbs between ("fue publicado", "fueron tratadas", "es causado", "han sido
// medidos", "no fue ampliamente estudiado", "puede ser tratado"). That is the passive that plain
// language guides ask writers to turn around ("Los médicos trataron a las mujeres").
// What is not: the pasiva refleja ("se observó", "se midió"), which is the natural Spanish
// impersonal and reads easily; and participles used as adjectives after "estar" ("está
// preocupada", "están cansados"), since "estar" is not in the list of "ser" forms.
//
// Why hand-written: retext-passive and the English pattern know English only, and no Spanish
// package detects the passive (the brief's §5.3 list). The patterns follow the brief's engine
// pitfalls (§5.1): NFC input and Unicode word edges, never \b (ASCII-only in JavaScript, so
// /\bsido\b/ would misjudge words next to "á" or "ñ").

/** Forms of "ser" that make a passive with a participle (haber + "sido" included). */
const SER = [
  'ser', 'siendo', 'sido',
  'soy', 'eres', 'es', 'somos', 'sois', 'son',
  'era', 'eras', 'éramos', 'erais', 'eran',
  'fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron',
  'seré', 'serás', 'será', 'seremos', 'seréis', 'serán',
  'sería', 'serías', 'seríamos', 'seríais', 'serían',
  'sea', 'seas', 'seamos', 'seáis', 'sean',
  'fuera', 'fueras', 'fuéramos', 'fuerais', 'fueran',
  'fuese', 'fueses', 'fuésemos', 'fueseis', 'fuesen',
] as const;

/** Adverbs that may stand between "ser" and the participle ("fue también tratado"). */
const BETWEEN = ['no', 'ya', 'también', 'tampoco', 'luego', 'después', 'antes', 'primero', 'siempre', 'nunca', 'solo', 'sólo', 'todavía', 'aún', 'recién', 'bien', 'mal', 'casi'] as const;

/** Irregular participles, as stems taking -o/-a/-os/-as ("hech" → hecho, hecha, hechos, hechas). */
const IRREGULAR = new RegExp(
  `^(?:${[
    'hech', 'dich', 'vist', 'puest', 'escrit', 'abiert', 'cubiert', 'muert', 'vuelt', 'rot', 'resuelt',
    'impres', 'frit', 'provist', 'satisfech', 'deshech', 'predich', 'descubiert', 'devuelt', 'envuelt',
    'disuelt', 'absuelt', 'propuest', 'expuest', 'compuest', 'dispuest', 'impuest', 'supuest',
    'descrit', 'prescrit', 'inscrit', 'suscrit', 'transcrit', 'previst', 'revuelt',
  ].join('|')})(?:o|a|os|as)$`,
  'u',
);

/** Regular participles: at least two letters of stem, then -ado/-ido/-ído (tratado, medidas, leído). */
const REGULAR = /^\p{L}{2,}(?:ad|id|íd)(?:o|a|os|as)$/u;

/**
 * A written accent before an -ado/-ido ending marks a stress no participle has (participles
 * stress the a or i of the ending): "rápido", "tímido", "ácido", "válido" are adjectives.
 */
const ACCENT_BEFORE_ENDING = /[áéíóú]\p{L}*(?:ad|id)(?:o|a|os|as)$/u;

/**
 * Words ending in -ado/-ido that after "ser" are nouns, adjectives or adverbs, not
 * participles: "son resultados", "es adecuado", "fue complicado", "es demasiado". Participles
 * mostly used as adjectives ("es conocido") stay out of this list: they are passive in form.
 * Singular masculine (or the noun's own form); plurals and feminines are looked up through lemma().
 */
const NOT_PARTICIPLES = new Set([
  'resultado', 'estado', 'grado', 'mercado', 'cuidado', 'pasado', 'helado', 'soldado', 'abogado',
  'pecado', 'tejido', 'sentido', 'sonido', 'ruido', 'partido', 'contenido', 'apellido', 'marido', 'olvido',
  'comida', 'bebida', 'salida', 'entrada', 'llegada', 'mirada', 'caída', 'subida', 'partida', 'temporada',
  'adecuado', 'apropiado', 'complicado', 'delicado', 'privado', 'sagrado', 'atrevido', 'divertido',
  'aburrido', 'parecido', 'querido', 'avanzado', 'pesado', 'exagerado', 'educado', 'honrado', 'malvado',
  'dorado', 'rosado', 'morado', 'ocupado', 'cansado', 'preocupado', 'enojado', 'equivocado', 'delgado',
  'casado', 'demasiado', 'diputado', 'aliado', 'jurado',
]);

/** The singular masculine form of an -o/-a/-os/-as word ("tratadas" → "tratado"). */
const lemma = (w: string): string => w.replace(/(?:os|as|a)$/u, 'o');

function isParticiple(word: string): boolean {
  if (NOT_PARTICIPLES.has(word) || NOT_PARTICIPLES.has(lemma(word))) return false;
  if (IRREGULAR.test(word)) return true;
  return REGULAR.test(word) && !ACCENT_BEFORE_ENDING.test(word);
}

/** Words, lowercase, in order (letters only; Unicode-aware, so "á" and "ñ" are letters). */
const wordsOf = (sentence: string): string[] => sentence.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

const SER_FORMS = new Set<string>(SER);
const BETWEEN_WORDS = new Set<string>(BETWEEN);
const isAdverb = (w: string): boolean => BETWEEN_WORDS.has(w) || (w.endsWith('mente') && w.length > 6);
/** "la era digital": "era" after an article or demonstrative is the noun, not "ser". */
const NOUN_ERA_BEFORE = new Set(['la', 'una', 'esta', 'esa', 'aquella', 'nueva', 'cada', 'otra']);

export function isPassiveEs(sentence: string): boolean {
  const ws = wordsOf(sentence);
  for (const [i, w] of ws.entries()) {
    if (!SER_FORMS.has(w)) continue;
    if ((w === 'era' || w === 'eras') && NOUN_ERA_BEFORE.has(ws[i - 1] ?? '')) continue;
    let j = i + 1;
    while (j < ws.length && j <= i + 2 && isAdverb(ws[j]!)) j += 1;
    const next = ws[j];
    if (next !== undefined && next !== 'sido' && isParticiple(next)) return true;
  }
  return false;
}
