// Figure files on disk, for Node entry points (build-time validation, checks, tests).

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const FIGURES_DIR = resolve(import.meta.dirname, '../../slides/figures');

export function figureNames(dir: string = FIGURES_DIR): Set<string> {
  return new Set(readdirSync(dir).filter((f) => /\.(svg|png|jpe?g|webp)$/.test(f)));
}
