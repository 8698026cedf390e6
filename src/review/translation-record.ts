// Writing a translation's records, as module text (the command does the file work):
//  - "translated from": the hash of the English part a translated module was made from, set in
//    place in slides/es/<id>.ts (the last argument of translate()) and in slides/es/index.ts (the
//    `from` block), once the translation has been brought up to date with the English;
//  - the translation review (slides/es/translation-review.ts), by content hash, like the clinical
//    review (record.ts).
// Text goes in as JSON string literals, so a name with quotes or a backslash is still one string.

import { TRANSLATION_PARTS, type TranslationReview } from '../model/translation.ts';

const HASH = /'[0-9a-f]{64}'/g;

/** A slide module's text with its one "translated from" hash replaced (throws when it has none, or more than one). */
export function withSlideHash(text: string, hash: string, file: string): string {
  const found = text.match(HASH) ?? [];
  if (found.length !== 1) throw new Error(`${file} has ${found.length} hashes of 64 hex digits; a translated slide module has exactly one, the last argument of translate().`);
  return text.replace(HASH, `'${hash}'`);
}

/** The deck module's text (slides/es/index.ts) with the hash of one of its parts (meta, glossary, sources) replaced. */
export function withPartHash(text: string, part: keyof typeof TRANSLATION_PARTS, hash: string, file: string): string {
  const re = new RegExp(`(\\n\\s*${part}:\\s*)'[0-9a-f]{64}'`);
  if (!re.test(text)) throw new Error(`${file} has no "${part}: '<hash>'" in its from block.`);
  return text.replace(re, `$1'${hash}'`);
}

const HEADER = (lang: string) => `// The review of the ${lang} translation. Do not edit by hand: \`npm run review -- --translation ${lang} …\`
// writes it with the translation's hashes and the hash of the English it was made from, so the
// deck stops saying "Traducción no revisada todavía por un traductor médico calificado" only
// while both are exactly what was reviewed. \`npm run review -- --translation ${lang} --clear\` removes it.
`;

/** The module text of slides/<lang>/translation-review.ts for a record (or none). */
export function translationReviewModule(lang: string, record: TranslationReview | null): string {
  const body = record === null ? 'null' : JSON.stringify(record, null, 2).replace(/\n/g, '\n');
  return `${HEADER(lang)}\nimport type { TranslationReview } from '../../src/model/translation.ts';\n\nconst review: TranslationReview | null = ${body};\n\nexport default review;\n`;
}
