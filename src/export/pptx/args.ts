// Command-line arguments of `npm run pptx`, and where it may write.

import { existsSync, openSync, readSync, closeSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { inLangFolder, parseLang, SOURCE_LANG, type Lang } from '../../model/locales.ts';
import { UsageError } from '../../exit/cli-error.ts';
import { ID_PATTERN } from '../../model/kinds.ts';
import { FULL_EDITION } from '../../model/types.ts';

export const USAGE = `Usage: npm run pptx -- [--edition NAME] [--lang en|es] [--out FILE]

  (default)       the full deck as an editable PowerPoint file   → out/deck.pptx
  --edition NAME  another edition of the deck, e.g. short         → out/deck-short.pptx
  --lang es       the Spanish (es-US) edition                     → out/es/deck.pptx (out/es/deck-short.pptx)
  --out FILE      write here instead (a .pptx name, outside the project's source folders)
Progress goes to stderr; stdout says the file written and its size.`;

export interface PptxOptions {
  readonly edition: string;
  /** `--lang`: the deck's language (default English). */
  readonly lang: Lang;
  /** As given (relative to the caller's directory), or undefined for the default. */
  readonly out?: string;
  readonly help: boolean;
}

export function parsePptxArgs(argv: readonly string[]): PptxOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { edition: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.out === '') throw new UsageError('--out needs a file name, e.g. --out out/talk.pptx.');
  if (values.edition !== undefined && !ID_PATTERN.test(values.edition)) throw new UsageError(`--edition must be an edition name such as "short", not "${values.edition}".`);
  return { edition: values.edition ?? FULL_EDITION, lang: parseLang(values.lang), ...(values.out === undefined ? {} : { out: values.out }), help: values.help ?? false };
}

/** out/deck.pptx for the full deck, out/deck-<edition>.pptx for another edition; a translation's in out/<folder> (out/es/deck.pptx). */
export const defaultPptxOut = (edition: string, lang: Lang = SOURCE_LANG): string => inLangFolder(edition === FULL_EDITION ? 'out/deck.pptx' : `out/deck-${edition}.pptx`, lang);

/** Folders of the project that hold what the deck is made of (or its tools): never written to. */
export const SOURCE_FOLDERS = ['slides', 'src', 'tests', 'scripts', 'public', '.ci', '.git', 'node_modules'] as const;

/** The path with every existing part's symlinks resolved (the file itself may not exist yet). */
function real(path: string): string {
  let at = path;
  const rest: string[] = [];
  while (!existsSync(at) && dirname(at) !== at) {
    rest.unshift(at.slice(dirname(at).length + 1));
    at = dirname(at);
  }
  return resolve(realpathSync(at), ...rest);
}

/** Whether the file starts as a zip, as every .pptx does (one written before, ours or not). An empty or text file does not. */
function isPptx(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/**
 * Throws UsageError (nothing is done) unless `out` is a place for a PowerPoint file: a name
 * ending in .pptx, not inside the project's source folders, and not an existing file of
 * another kind (which would be lost). `shown` is the path as the person typed it.
 */
export function assertPptxOut(out: string, shown: string, root: string): void {
  if (!/\.pptx$/i.test(out)) throw new UsageError(`--out ${shown}: a PowerPoint file's name ends in .pptx (e.g. --out ${shown.replace(/\.[^./]*$/, '')}.pptx).`);
  const inside = relative(real(root), real(out));
  const top = inside.split(sep)[0];
  if (!inside.startsWith('..') && !isAbsolute(inside) && SOURCE_FOLDERS.includes(top as (typeof SOURCE_FOLDERS)[number])) {
    throw new UsageError(`--out ${shown} is inside ${top}/, which holds the deck's sources: write the file somewhere else, e.g. out/ (the default).`);
  }
  if (existsSync(out) && statSync(out).isFile() && !isPptx(out)) {
    throw new UsageError(`--out ${shown} exists and is not a PowerPoint file, so writing would destroy it. Choose another name, or move that file first.`);
  }
}
