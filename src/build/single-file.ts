// `npm run build:single`: the deck as ONE self-contained HTML file (out/deck.html) that presents
// from file:// with no server and no network, speaker view included: for a clinic laptop or a
// USB stick. Scripts, styles, fonts (woff2 only, as base64) and images are inlined by
// vite-plugin-singlefile; the favicon becomes a data: URL. The CSP allows the inlined scripts by
// their sha256 hashes, computed here AFTER inlining, never by 'unsafe-inline'.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildDeck, PROJECT_ROOT } from '../node/build.ts';
import { deckPolicy, inlineScripts, scriptHash, setPolicyMeta, speakerViewScriptHashes } from './csp.ts';

export const SINGLE_FILE = resolve(PROJECT_ROOT, 'out/deck.html');

/**
 * @fontsource lists a .woff fallback after each .woff2; every browser that runs reveal.js 6 reads
 * woff2, so inlining both would only add ~50 KB of base64 nobody uses.
 */
function woff2Only(): Plugin {
  return {
    name: 'deck-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/.+\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    },
  };
}

/**
 * vite-plugin-singlefile turns `<link rel="stylesheet" crossorigin href>` into
 * `<style crossorigin>`, which HTML does not allow (W3C Nu HTML Checker: an error); an inline
 * style is fetched from nowhere, so the attribute meant nothing anyway.
 */
export function dropStyleCrossorigin(html: string): string {
  return html.replace(/<style\b([^>]*)>/gi, (_, attrs: string) => `<style${attrs.replace(/\s+crossorigin(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '')}>`);
}

function inlineFavicon(html: string): string {
  const svg = readFileSync(resolve(PROJECT_ROOT, 'public/favicon.svg'), 'utf8');
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return html.replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="${dataUrl}"`);
}

/** Files the HTML markup or its styles still load from next to it; the single file must have none. */
export function externalReferences(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n');
  const refs = [...markup.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
  const urls = [...styles.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)].map((m) => m[1]!);
  return [...refs, ...urls].filter((u) => !/^(data:|#)/.test(u));
}

/** Builds the single file and returns its path and size. */
export async function buildSingleFile(outFile: string = SINGLE_FILE, options: { quiet?: boolean } = {}): Promise<{ file: string; bytes: number }> {
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outFile), '.single-build-'));
  try {
    await buildDeck(tmp, {
      quiet: options.quiet ?? true,
      config: { publicDir: false, plugins: [woff2Only(), viteSingleFile()] },
    });
    let html = dropStyleCrossorigin(inlineFavicon(readFileSync(join(tmp, 'index.html'), 'utf8')));
    const leftovers = externalReferences(html);
    if (leftovers.length) throw new Error(`The single file still refers to other files: ${leftovers.join(', ')}`);
    const scripts = inlineScripts(html);
    const hashes = [...scripts.map(scriptHash), ...scripts.flatMap(speakerViewScriptHashes)];
    html = setPolicyMeta(html, deckPolicy({ scriptHashes: [...new Set(hashes)], singleFile: true }));
    writeFileSync(outFile, html);
    return { file: outFile, bytes: Buffer.byteLength(html) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { file, bytes } = await buildSingleFile(SINGLE_FILE, { quiet: false });
  console.log(`\nWrote ${relative(process.cwd(), file)} (${(bytes / 1024).toFixed(0)} KB): open it in a browser, no server needed.`);
}
