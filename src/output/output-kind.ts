// What a command may write over: an output path that would replace one of the deck's own files
// (a slide, README.md, slides/local.ts) is refused before any work, with exit 2 and the file
// named, so a typo in `--out` or `--file` can never destroy work. One definition for every
// command that takes an output path (pdf --out, review --file, pptx --out).
//
// A path is refused when it is inside a folder that holds the deck's sources, when it is a file
// the project keeps at its top (README.md, package.json, index.html, …), when its name does not
// end as the output's kind does (`--out notes.txt` for a PDF), or when a file is there already
// that is not of that kind (its first bytes say so), which writing would destroy.

import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../exit/cli-error.ts';

/** Folders of the project that hold what the deck is made of (or its tools): never written to. */
export const SOURCE_FOLDERS = ['slides', 'src', 'tests', 'scripts', 'public', '.ci', '.git', 'node_modules'] as const;

/** What an output is: its name, the ending its file name has, and how its first bytes look. */
export interface OutputKind {
  /** "a PDF", "a PowerPoint file", "the review record". */
  readonly name: string;
  /** The file name's ending, lowercase, with its dot: ".pdf". */
  readonly ext: string;
  /** Whether an existing file's first bytes (up to 64) are of this kind, so it may be replaced. */
  readonly isKind: (head: Buffer) => boolean;
  /** The option the path came from, for the message: "--out". */
  readonly option: string;
  /** An example path for the fix, e.g. "out/talk.pdf". */
  readonly example: string;
}

export const PDF_OUTPUT: OutputKind = {
  name: 'a PDF',
  ext: '.pdf',
  isKind: (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
  option: '--out',
  example: 'out/talk.pdf',
};

/** slides/review.ts, as `npm run review` writes it (src/review/record.ts starts it so). */
export const REVIEW_OUTPUT: OutputKind = {
  name: 'a review record',
  ext: '.ts',
  isKind: (head) => head.toString('utf8').startsWith('// The clinical review record.'),
  option: '--file',
  example: 'out/review.ts',
};

/** The path with every existing part's symlinks resolved (the file itself may not exist yet). */
function real(path: string): string {
  let at = path;
  const rest: string[] = [];
  while (!existsSync(at) && dirname(at) !== at) {
    rest.unshift(basename(at));
    at = dirname(at);
  }
  return resolve(realpathSync(at), ...rest);
}

function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(64);
    return bytes.subarray(0, readSync(fd, bytes, 0, 64, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Throws UsageError (exit 2; nothing is done) unless `out` is a place for an output of `kind`.
 * `shown` is the path as the person typed it; `allowed` are paths inside the project that the
 * command writes by design (slides/review.ts for `npm run review`).
 */
export function assertOutputPath(out: string, shown: string, root: string, kind: OutputKind, allowed: readonly string[] = []): void {
  const { option } = kind;
  if (!out.toLowerCase().endsWith(kind.ext)) {
    const stem = shown.replace(/\.[^./]*$/, '');
    throw new UsageError(`${option} ${shown}: ${kind.name}'s file name ends in ${kind.ext}, so this would write ${kind.name} under another kind of name. Use e.g. ${option} ${stem}${kind.ext}.`);
  }
  const target = real(resolve(out));
  const projectRoot = real(resolve(root));
  const inside = relative(projectRoot, target);
  const inProject = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  const isAllowed = allowed.some((a) => real(resolve(root, a)) === target);
  if (inProject && !isAllowed) {
    const top = inside.split(sep)[0]!;
    if ((SOURCE_FOLDERS as readonly string[]).includes(top)) {
      throw new UsageError(`${option} ${shown} is inside ${top}/, which holds the deck's sources: writing there could replace one of them. Write it somewhere else, e.g. ${option} ${kind.example}.`);
    }
    if (!inside.includes(sep) && existsSync(target)) {
      throw new UsageError(`${option} ${shown} is one of the project's own files (${inside}): writing ${kind.name} there would destroy it. Choose another name, e.g. ${option} ${kind.example}.`);
    }
  }
  if (existsSync(target) && statSync(target).isFile() && !kind.isKind(head(target))) {
    throw new UsageError(`${option} ${shown} exists and is not ${kind.name}, so writing would destroy it. Choose another name, or move that file first.`);
  }
}
