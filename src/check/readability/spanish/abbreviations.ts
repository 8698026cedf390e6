// Spanish abbreviations, defined once for the two places that need them: the sentence
// segmenter (ICU breaks after "Dra." or "EE." even when the sentence goes on) and the syllable
// counter (SMOG, and so SOL, reads an abbreviation as the full word: "Dra." is "doctora", 3
// syllables, not "dra", 1).
//
// `glue`: whether a sentence never ends at this abbreviation, so a break ICU makes after it is
// joined back. Titles and reference words are followed by a name or a number. "etc." and the
// second half of "EE. UU." are not glued: ICU already keeps the sentence whole when a
// lowercase word follows, so it only breaks there before a capital, and in Spanish a capital
// after "etc." or "EE. UU." starts a new sentence (the abbreviation's period doubles as the
// sentence's, RAE Ortografía 2010 §3.4.1.1.1).

export interface AbbreviationEs {
  /** As written, without the final period, case as usual ("Dra", "EE", "pág"). */
  readonly written: string;
  /** As read aloud. */
  readonly spoken: string;
  readonly glue: boolean;
}

export const ABBREVIATIONS_ES: readonly AbbreviationEs[] = [
  { written: 'Dr', spoken: 'doctor', glue: true },
  { written: 'Dra', spoken: 'doctora', glue: true },
  { written: 'Dres', spoken: 'doctores', glue: true },
  { written: 'Sr', spoken: 'señor', glue: true },
  { written: 'Sra', spoken: 'señora', glue: true },
  { written: 'Sres', spoken: 'señores', glue: true },
  { written: 'Srta', spoken: 'señorita', glue: true },
  { written: 'Ud', spoken: 'usted', glue: true },
  { written: 'Uds', spoken: 'ustedes', glue: true },
  { written: 'Prof', spoken: 'profesor', glue: true },
  { written: 'Profa', spoken: 'profesora', glue: true },
  { written: 'Lic', spoken: 'licenciado', glue: true },
  { written: 'Ing', spoken: 'ingeniero', glue: true },
  { written: 'EE', spoken: 'Estados', glue: true },
  { written: 'UU', spoken: 'Unidos', glue: false },
  { written: 'EE.UU', spoken: 'Estados Unidos', glue: false }, // written without the space, ICU keeps it one word
  { written: 'pág', spoken: 'página', glue: true },
  { written: 'págs', spoken: 'páginas', glue: true },
  { written: 'núm', spoken: 'número', glue: true },
  { written: 'núms', spoken: 'números', glue: true },
  { written: 'aprox', spoken: 'aproximadamente', glue: true },
  { written: 'cap', spoken: 'capítulo', glue: true },
  { written: 'fig', spoken: 'figura', glue: true },
  { written: 'vol', spoken: 'volumen', glue: true },
  { written: 'ej', spoken: 'ejemplo', glue: true }, // "p. ej."
  { written: 'p', spoken: 'por', glue: true }, // "p. ej."
  { written: 'vs', spoken: 'versus', glue: true },
  { written: 'al', spoken: 'al', glue: true }, // "et al."
  { written: 'etc', spoken: 'etcétera', glue: false },
];

/** Units written without a period ("5 mg"): read as the full word, not spelled. */
export const UNITS_ES: Readonly<Record<string, string>> = {
  mg: 'miligramos',
  ml: 'mililitros',
  kg: 'kilogramos',
  cm: 'centímetros',
  mm: 'milímetros',
};

const byWritten = new Map(ABBREVIATIONS_ES.map((a) => [a.written.normalize('NFC'), a]));

/** The spoken form of an abbreviation or unit token (no period), or undefined. */
export function spokenAbbreviationEs(token: string): string | undefined {
  const t = token.normalize('NFC');
  return byWritten.get(t)?.spoken ?? UNITS_ES[t];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence (as ICU cut it) that ends in a glued abbreviation: "… la Dra." or "… en EE." */
export const ENDS_IN_GLUED_ABBREVIATION = new RegExp(
  `(?:^|[\\s(«"“¿¡])(?:${ABBREVIATIONS_ES.filter((a) => a.glue).map((a) => escape(a.written)).join('|')})\\.$`,
  'u',
);
