// How a Spanish (es-US) reader says letters, for acronyms spelled letter by letter ("TMEM" is
// te-eme-e-eme) and for short letter strings with no vowel ("mg"). The names are the spoken
// words, not syllable numbers, so the counter counts them by the same rules as any word.
//
// es-US choices (RAE's Ortografía 2010 accepts both; the Latin American name is the one our
// readers use): V is "ve" (Spain: "uve"), W is "doble u" (Spain: "uve doble"), Y is "ye".

export const LETTER_NAMES_ES: Readonly<Record<string, string>> = {
  a: 'a', b: 'be', c: 'ce', d: 'de', e: 'e', f: 'efe', g: 'ge', h: 'hache', i: 'i', j: 'jota',
  k: 'ka', l: 'ele', m: 'eme', n: 'ene', ñ: 'eñe', o: 'o', p: 'pe', q: 'cu', r: 'erre', s: 'ese',
  t: 'te', u: 'u', v: 've', w: 'doble u', x: 'equis', y: 'ye', z: 'zeta',
};

/**
 * An acronym: one word, capitals (and digits) only, at least two capital letters: TMEM, FDA,
 * HER2, ASCO. Accented capitals are excluded on purpose: an all-capitals word with a written
 * accent ("CÁNCER") is a word in capitals, since acronyms carry no accents.
 */
export const isAcronymEs = (word: string): boolean => /^[A-ZÑ][A-ZÑ0-9]*$/u.test(word) && /[A-ZÑ].*[A-ZÑ]/u.test(word);
