// Writing slides/review.ts: the clinical review record as a typed module, with the content's
// hashes as they are now (src/model/compile.ts recordReview: one per slide, fact and
// recommendation), each fact's statement and each slide's sentences as reviewed. Text goes in as JSON string
// literals, so a name with quotes or a backslash is still one string.

import type { ReviewRecord } from '../model/local.ts';

const REVIEW_HEADER = `// The clinical review record. Do not edit by hand: \`npm run review -- --name "…" --role "…"\`
// writes it with the content's hashes, so the deck shows "Reviewed by …" only while the content is
// exactly what was reviewed. \`npm run review -- --clear\` removes the record.
`;

/**
 * The module text of slides/review.ts for a record (or for no record). `defineFrom`: the import
 * path of slides/define.ts as seen from where the module is written.
 */
export function reviewModule(record: ReviewRecord | null, defineFrom = './define.ts'): string {
  const body =
    record === null
      ? 'null'
      : [
          '{',
          `  name: ${JSON.stringify(record.name)},`,
          `  role: ${JSON.stringify(record.role)},`,
          `  date: ${JSON.stringify(record.date)},`,
          `  scope: ${JSON.stringify(record.scope)},`,
          `  contentHash: ${JSON.stringify(record.contentHash)},`,
          '  hashes: {',
          ...Object.keys(record.hashes)
            .sort()
            .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(record.hashes[key])},`),
          '  },',
          ...(record.statements
            ? [
                '  statements: {',
                ...Object.keys(record.statements)
                  .sort()
                  .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(record.statements![key])},`),
                '  },',
              ]
            : []),
          ...(record.sentences
            ? [
                '  sentences: {',
                ...Object.entries(record.sentences).flatMap(([slide, list]) => [
                  `    ${JSON.stringify(slide)}: [`,
                  ...list.map(([field, text]) => `      [${JSON.stringify(field)}, ${JSON.stringify(text)}],`),
                  '    ],',
                ]),
                '  },',
              ]
            : []),
          '}',
        ].join('\n');
  return `${REVIEW_HEADER}\nimport { defineReview } from ${JSON.stringify(defineFrom)};\n\nexport default defineReview(${body});\n`;
}
