// Command-line arguments of `npm run pdf`.

import { parseArgs } from 'node:util';
import { VARIANTS, type Variant } from './variants.ts';
import { DEFAULT_TIMEOUT_MS } from './export.ts';

export const USAGE = `Usage: npm run pdf -- [--notes | --steps] [--out FILE] [--port N] [--timeout MS] [--no-build] [--dist DIR]

  (default)     one page per slide, every step shown          → out/deck.pdf
  --notes       each slide followed by its speaker notes      → out/deck-notes.pdf
  --steps       one page per step (list items one at a time)  → out/deck-steps.pdf
  --out FILE    write here instead
  --port N      serve the deck on this port (default: any free port)
  --timeout MS  time allowed for every slide to be ready to print (default ${DEFAULT_TIMEOUT_MS})
  --no-build    use dist/ as it is, even if the sources are newer
  --dist DIR    export this built deck instead of dist/ (never rebuilt)
Progress goes to stderr; the last line on stdout is the file written.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  readonly variant: Variant;
  /** As given (relative to the caller's directory), or undefined for the variant's default. */
  readonly out?: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly build: boolean;
  readonly dist?: string;
  readonly help: boolean;
}

function integer(name: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
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
        steps: { type: 'boolean' },
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
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return {
    variant: values.notes ? VARIANTS.notes : values.steps ? VARIANTS.steps : VARIANTS.slides,
    out: values.out,
    port: integer('port', values.port, 1, 65535, 0),
    timeoutMs: integer('timeout', values.timeout, 1, 3_600_000, DEFAULT_TIMEOUT_MS),
    build: !values['no-build'] && values.dist === undefined,
    dist: values.dist,
    help: values.help ?? false,
  };
}
