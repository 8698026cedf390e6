// Figure files on disk, for Node entry points (build-time validation, checks, tests).

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Asset, AssetMap } from '../render/context.ts';

export const FIGURES_DIR = resolve(import.meta.dirname, '../../slides/figures');

export function figureNames(dir: string = FIGURES_DIR): Set<string> {
  return new Set(readdirSync(dir).filter((f) => /\.(svg|png|jpe?g|webp)$/.test(f)));
}

/** SVG files as markup; raster files as file URLs (enough for rendering in tests). */
export function diskAssets(dir: string = FIGURES_DIR): AssetMap {
  const map = new Map<string, Asset>();
  for (const name of figureNames(dir)) {
    const path = join(dir, name);
    map.set(name, extname(name) === '.svg' ? { kind: 'svg', markup: readFileSync(path, 'utf8') } : { kind: 'url', url: `file://${path}` });
  }
  return map;
}
