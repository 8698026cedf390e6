// The figure files of a slides folder (slides/figures/, slides/es/figures/), read and checked:
// each name with its SVG text, the words drawn in each SVG (checked like slide text), and every
// problem with a file, located (a link out of the project, a broken SVG, a raster that is not
// what its name says, unsafe markup); and the names alone, for Node entry points.

import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DeckProblem } from '../model/errors.ts';
import { readSvg } from '../render/svg-markup.ts';
import { figureProblems } from './figure-safety.ts';
import { rasterProblem } from './raster-check.ts';

export const FIGURE_FILE = /\.(svg|png|jpe?g|webp)$/;

const FIGURES_DIR = resolve(import.meta.dirname, '../../slides/figures');

/** The figure file names of a folder (default slides/figures/), for Node entry points (checks, tests). */
export function figureNames(dir: string = FIGURES_DIR): Set<string> {
  return new Set(readdirSync(dir).filter((f) => FIGURE_FILE.test(f)));
}

/** A folder as the person would name it: relative to the project when inside it. */
export function shownDir(dir: string, root: string): string {
  const rel = relative(root, dir);
  return rel === '' ? '.' : !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : dir;
}

/** The figure files of a folder, read and checked: the names and SVG texts, and every problem with a file, located. */
export interface FigureFiles {
  readonly figures: Map<string, string>;
  readonly text: Map<string, readonly string[]>;
  readonly problems: DeckProblem[];
}

export function figuresIn(dir: string, root: string): FigureFiles {
  const figures = new Map<string, string>();
  const text = new Map<string, readonly string[]>();
  const problems: DeckProblem[] = [];
  if (!existsSync(dir)) return { figures, text, problems };
  const shown = shownDir(dir, root);
  const realDir = realpathSync(dir);
  const realRoot = realpathSync(root);
  for (const name of readdirSync(dir).filter((f) => FIGURE_FILE.test(f)).sort()) {
    const file = join(dir, name);
    const where = `${shown}/${name}`;
    // A figure is part of the deck: a link to a file elsewhere would ship whatever it points at.
    if (lstatSync(file).isSymbolicLink()) {
      const target = existsSync(file) ? realpathSync(file) : undefined;
      const inside = (base: string) => target !== undefined && !relative(base, target).startsWith('..') && !isAbsolute(relative(base, target));
      if (!inside(realDir) && !inside(realRoot)) {
        problems.push({ where, field: '(file)', message: target ? `is a link to ${target}, outside the project` : 'is a link to a file that does not exist', fix: `Copy the file itself into ${shown}/ (a figure is part of the deck, and must travel with it)` });
        continue;
      }
    }
    if (!name.endsWith('.svg')) {
      const wrong = rasterProblem(name, readFileSync(file));
      if (wrong) problems.push({ where, field: '(file)', ...wrong });
      figures.set(name, '');
      continue;
    }
    const markup = readFileSync(file, 'utf8');
    figures.set(name, markup);
    const read = readSvg(markup);
    if (read.ok) text.set(name, read.svg.texts);
    if (!read.ok) {
      const { line, column, message } = read.fault;
      problems.push({
        where: `${where}:${line}:${column}`,
        field: 'svg',
        message: `is not well-formed SVG: ${message.replace(/\.$/, '')}`,
        fix: `Open ${where} at line ${line} in a text editor and fix the markup there (an unclosed tag, or an & written without "amp;", is the usual cause), or save it again from your drawing tool as plain SVG`,
      });
    }
    if (read.ok) problems.push(...figureProblems(name, markup, shown));
  }
  return { figures, text, problems };
}
