// Content-Security-Policy for the built deck, as a <meta> tag (the deck is static files: there is
// no server to send headers from a USB stick or a clinic laptop).
//
// Scripts, fonts, images, frames and connections come only from the deck's own origin; no
// 'unsafe-eval' and no inline script, with one exception allowed by hash: reveal.js's notes
// plugin opens the speaker view as `about:blank` and document.write()s HTML that carries one
// inline <script>. That popup inherits this policy, so the hash of that exact script (taken
// from the bundle at build time, so it cannot drift from what ships) is allowed.
// Styles need 'unsafe-inline': reveal.js injects <style> elements at run time (the print view's
// `@page` size, auto-animate) and the speaker view uses inline styles; blocking them silently
// breaks the PDF page size.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { parseAst, type Plugin } from 'vite';
import { elements, splice } from './html-edit.ts';
import { NGINX_CONFIG_FILE, nginxConfig } from './static-host.ts';

/** `'sha256-…'` source expression for an inline script's text, as browsers hash it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Text of every inline (no `src`) <script> element in an HTML string, exactly as written. */
export function inlineScripts(html: string): string[] {
  return elements(html, 'script')
    .filter((el) => !el.hasAttribute('src'))
    .map((el) => el.rawText);
}

const SPEAKER_VIEW_MARK = '<title>reveal.js - Speaker View</title>';

/** All string constants in a JS module (string literals and expression-free template literals). */
function stringConstants(code: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked?: string | null } }[] };
    if (n.type === 'Literal' && typeof n.value === 'string') found.push(n.value);
    else if (n.type === 'TemplateLiteral' && n.expressions?.length === 0) found.push(n.quasis?.[0]?.value.cooked ?? '');
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(code));
  return found;
}

/** Hashes of the inline scripts in the speaker-view HTML that reveal's notes plugin writes. */
export function speakerViewScriptHashes(jsCode: string): string[] {
  if (!jsCode.includes('reveal.js - Speaker View')) return [];
  const pages = stringConstants(jsCode).filter((s) => s.includes(SPEAKER_VIEW_MARK));
  return [...new Set(pages.flatMap(inlineScripts).map(scriptHash))];
}

interface PolicyOptions {
  /** Hash sources for the inline scripts allowed to run. */
  readonly scriptHashes: readonly string[];
  /** true: the single-file build (everything inline, data: fonts, no own-origin files). */
  readonly singleFile?: boolean;
}

export function deckPolicy({ scriptHashes, singleFile = false }: PolicyOptions): string {
  const own = singleFile ? [] : ["'self'"];
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', ...own, ...scriptHashes],
    ['style-src', ...own, "'unsafe-inline'"],
    ['font-src', ...(singleFile ? ['data:'] : own)],
    // data: images are inline, not fetched: reveal.css draws its overlay icons (the help
    // overlay's close button) as data: SVGs; in the single file, figures and the favicon too.
    ['img-src', ...own, 'data:'],
    // The speaker view's two preview frames load the deck itself (?receiver).
    ['frame-src', "'self'"],
    ['connect-src', ...(singleFile ? ["'none'"] : own)],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  // A directive with no sources must say 'none' (the reading view as one file has no script).
  return directives.map(([name, ...sources]) => [name, ...(sources.length > 0 ? sources : ["'none'"])].join(' ')).join('; ');
}

/** Puts the policy first in <head>, right after <meta charset> (a meta policy only governs what comes after it). */
export function setPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
  const [existing] = elements(html, 'meta[http-equiv="Content-Security-Policy"]');
  if (existing) return splice(html, [[existing.range[0], existing.range[1], meta]]);
  const [charset] = elements(html, 'meta[charset]');
  if (!charset) throw new Error('index.html has no <meta charset>; the CSP meta tag goes right after it.');
  return splice(html, [[charset.range[1], charset.range[1], `\n    ${meta}`]]);
}

/** The policy a page's meta tag carries (undefined: none). */
export function pagePolicy(html: string): string | undefined {
  return elements(html, 'meta[http-equiv="Content-Security-Policy"]')[0]?.getAttribute('content');
}

interface CspPluginOptions {
  /** Also write dist/nginx.conf (src/build/static-host.ts): the policy as a header, caching, types. */
  readonly staticHostConfig?: boolean;
}

/**
 * Vite plugin: adds the policy to the built pages (not in dev: Vite's dev client needs more) and,
 * for a folder build, writes the static host's configuration from the policies the pages carry.
 */
export function contentSecurityPolicy({ staticHostConfig = false }: CspPluginOptions = {}): Plugin {
  let publicDir = '';
  return {
    name: 'deck-csp',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        if (!staticHostConfig) return;
        const pagePolicies = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const policy = pagePolicy(String(file.source));
          if (policy === undefined) return this.error(`${file.fileName} has no Content-Security-Policy meta tag, so dist/${NGINX_CONFIG_FILE} has no policy to send for it.`);
          pagePolicies.set(file.fileName, policy);
        }
        // Vite copies public/ (the favicon) beside the bundle without passing it through it.
        const copied = publicDir && existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
        const files = [...Object.keys(bundle), ...copied, NGINX_CONFIG_FILE];
        this.emitFile({ type: 'asset', fileName: NGINX_CONFIG_FILE, source: nginxConfig({ files, pagePolicies }) });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const scriptHashes = [...new Set(chunks.flatMap((c) => speakerViewScriptHashes(c.code)))];
        if (scriptHashes.length === 0) this.warn('reveal.js speaker view HTML not found in the bundle: S would open a speaker view whose script the CSP blocks.');
        if (inlineScripts(html).length > 0) this.error('index.html has an inline <script>; the CSP allows scripts only from files.');
        return setPolicyMeta(html, deckPolicy({ scriptHashes }));
      },
    },
  };
}
