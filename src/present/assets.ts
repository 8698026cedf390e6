// Figure files for the browser build, gathered at build time by Vite (no requests at run time:
// SVG markup is bundled as text, raster images as hashed same-origin URLs).

import type { Asset, AssetMap } from '../render/context.ts';

const svgFiles = import.meta.glob<string>('../../slides/figures/*.svg', { query: '?raw', import: 'default', eager: true });
const imageFiles = import.meta.glob<string>('../../slides/figures/*.{png,jpg,jpeg,webp}', {
  query: '?url',
  import: 'default',
  eager: true,
});

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function browserAssets(): AssetMap {
  const map = new Map<string, Asset>();
  for (const [path, markup] of Object.entries(svgFiles)) map.set(baseName(path), { kind: 'svg', markup });
  for (const [path, url] of Object.entries(imageFiles)) map.set(baseName(path), { kind: 'url', url });
  return map;
}
