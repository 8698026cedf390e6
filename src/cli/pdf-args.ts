// Command-line arguments of `npm run pdf`.

import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS, PAPERS, VARIANTS, type Paper, type Variant } from '../export/variants.ts';
import { UsageError } from '../exit/cli-error.ts';
import { ID_PATTERN } from '../model/kinds.ts';
import { parseLang, type Lang } from '../model/locales.ts';
import { FULL_EDITION } from '../model/types.ts';

export const USAGE = `Usage: npm run pdf -- [--notes | --steps | --handout [--paper letter|a4]] [--edition NAME] [--lang en|es] [--out FILE] [--port N] [--timeout MS] [--no-build] [--dist DIR]

  (default)       one page per slide, every step shown          → out/deck.pdf
  --notes         each slide followed by its speaker notes      → out/deck-notes.pdf
  --steps         one page per step (list items one at a time)  → out/deck-steps.pdf
  --handout       the patient handout (slides/handout.ts), 2–4 pages for patients to take home → out/handout.pdf
  --paper PAPER   the handout's paper: letter (US Letter, the default) or a4
  --edition NAME  another edition of the deck, e.g. short       → out/deck-short.pdf (…-notes, …-steps, handout-short.pdf)
  --lang es       the Spanish (es-US) edition, printed from dist/es/ → out/es/deck.pdf (out/es/deck-notes.pdf, out/es/handout.pdf, …)
  --out FILE      write here instead
  --port N        serve the deck on this port (default: any free port)
  --timeout MS    time allowed for every slide to be ready to print (default ${DEFAULT_TIMEOUT_MS})
  --no-build      never build: print the build as it is, refused if the sources changed since
  --dist DIR      print this built deck instead of dist/ (never rebuilt; an older build is printed
                  on purpose, with a note, unless --no-build is given too)
Progress goes to stderr; the last line on stdout is the file written.`;

export interface CliOptions {
  readonly variant: Variant;
  /** `--handout`: print the patient handout instead of the slides, on this paper (`--paper`, default US Letter). */
  readonly handout?: { readonly paper: Paper };
  readonly edition: string;
  /** `--lang`: the deck's language to print (default English); a translation prints from dist/<folder>. */
  readonly lang: Lang;
  /** As given (relative to the caller's directory), or undefined for the variant's default. */
  readonly out?: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly build: boolean;
  readonly dist?: string;
  /** Refuse a build whose inputs differ from the sources (--no-build), rather than print it anyway. */
  readonly refuseStale: boolean;
  readonly help: boolean;
}

const isPaper = (s: string): s is Paper => Object.hasOwn(PAPERS, s);

function integer(name: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

/** --timeout's range: under a second no page can load and print (Playwright then fails with its own words); over an hour, a hang. */
export const TIMEOUT_RANGE_MS = { min: 1_000, max: 3_600_000 } as const;

function timeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= TIMEOUT_RANGE_MS.min && n <= TIMEOUT_RANGE_MS.max) return n;
  const what = /^\d+$/.test(value) ? `${value} ms is ${n < TIMEOUT_RANGE_MS.min ? 'too short for any page to load and print' : 'more than an hour'}` : `"${value}" is not a whole number of milliseconds`;
  throw new UsageError(
    `--timeout ${what}. Give milliseconds from ${TIMEOUT_RANGE_MS.min} (1 second) to ${TIMEOUT_RANGE_MS.max} (an hour), e.g. --timeout 60000 for a minute, or leave it out for the default (${DEFAULT_TIMEOUT_MS}).`,
  );
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        notes: { type: 'boolean' },
        edition: { type: 'string' },
        lang: { type: 'string' },
        steps: { type: 'boolean' },
        handout: { type: 'boolean' },
        paper: { type: 'string' },
        out: { type: 'string' },
        port: { type: 'string' },
        timeout: { type: 'string' },
        'no-build': { type: 'boolean' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.notes && values.steps) throw new UsageError('Choose one of --notes or --steps.');
  if (values.handout && (values.notes || values.steps)) throw new UsageError('--handout prints the patient handout, not the slides: leave out --notes and --steps.');
  if (values.paper !== undefined && !values.handout) throw new UsageError('--paper is for the handout: add --handout, e.g. `npm run pdf -- --handout --paper a4`.');
  const paper = values.paper?.toLowerCase() ?? 'letter';
  if (!isPaper(paper)) throw new UsageError(`--paper must be letter (US Letter) or a4, not "${values.paper}".`);
  if (values.out === '') throw new UsageError('--out needs a file name.');
  if (values.dist === '') throw new UsageError('--dist needs a folder.');
  if (values.edition !== undefined && !ID_PATTERN.test(values.edition)) throw new UsageError(`--edition must be an edition name such as "short", not "${values.edition}".`);
  return {
    variant: values.notes ? VARIANTS.notes : values.steps ? VARIANTS.steps : VARIANTS.slides,
    ...(values.handout ? { handout: { paper } } : {}),
    edition: values.edition ?? FULL_EDITION,
    lang: parseLang(values.lang),
    out: values.out,
    port: integer('port', values.port, 1, 65535, 0),
    timeoutMs: timeout(values.timeout),
    build: !values['no-build'] && values.dist === undefined,
    dist: values.dist,
    refuseStale: values['no-build'] === true,
    help: values.help ?? false,
  };
}
