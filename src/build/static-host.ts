// The web-server configuration `npm run build` writes next to the pages (dist/nginx.conf), so the
// reading view a QR code points to can be published on a plain static host with the same
// Content-Security-Policy as a header (a meta policy cannot carry frame-ancestors or govern what
// comes before it), hashed assets cached for a year, and the pages always revalidated.
//
// Pure: it is given the build's file names and each page's policy (read from the pages the build
// wrote, which src/build/csp.ts's deckPolicy made), and returns the text. Hand-written, as no
// maintained library generates nginx configuration from data; the syntax used is the small,
// stable core (types, gzip, location, add_header).

/** The file the build writes, at the top of dist/. */
export const NGINX_CONFIG_FILE = 'nginx.conf';

/** Vite's folder of content-hashed files (a file there never changes under its name). */
export const HASHED_ASSETS_DIR = 'assets';

/** Cache-Control for the hashed assets, and for everything else (pages, deck.json, figures, favicon). */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * MIME type by extension, for every kind of file a build may hold. The configuration declares the
 * types itself (a server's own mime.types may lack woff2 or webmanifest), so a file of a kind not
 * listed here stops the build rather than being served as application/octet-stream.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  txt: 'text/plain',
  pdf: 'application/pdf',
  conf: 'text/plain',
};

/** Types worth compressing (text/html is always compressed by nginx when gzip is on). */
const GZIP_TYPES = ['text/css', 'text/javascript', 'application/json', 'application/manifest+json', 'image/svg+xml', 'text/plain'];

const extensionOf = (file: string): string => (/\.([a-z0-9]+)$/i.exec(file)?.[1] ?? '').toLowerCase();

interface StaticHostInput {
  /** Every file of the build, relative to its folder, with `/` (e.g. `assets/index-B92N.js`). */
  readonly files: readonly string[];
  /** Each HTML page's Content-Security-Policy, as its meta tag carries it. */
  readonly pagePolicies: ReadonlyMap<string, string>;
}

/** A header value inside nginx double quotes: no quote, backslash, `$` (variables) or line break. */
function quoted(value: string, what: string): string {
  if (/["\\$\r\n]/.test(value)) throw new Error(`${what} contains a character nginx would read as syntax (" \\ $ or a line break): ${value}`);
  return `"${value}"`;
}

const regexEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * nginx configuration for a `server {}` block whose `root` is the copied build. Locations match
 * the end of the path, so the same lines work when the build sits in a sub-folder of the root.
 */
export function nginxConfig({ files, pagePolicies }: StaticHostInput): string {
  const unknown = [...new Set(files.map(extensionOf).filter((ext) => !(ext in MIME_TYPES)))];
  if (unknown.length > 0) {
    throw new Error(`The build holds files of a kind the static-host configuration has no MIME type for (${unknown.map((e) => e || '(no extension)').join(', ')}): add them to MIME_TYPES in src/build/static-host.ts.`);
  }
  const pages = [...pagePolicies.keys()].sort();
  if (pages.length === 0) throw new Error('The build has no HTML page with a Content-Security-Policy meta tag: there is no policy to send as a header.');
  // The policy most pages carry is the default; a page with another gets a location of its own.
  const counts = new Map<string, number>();
  for (const policy of pagePolicies.values()) counts.set(policy, (counts.get(policy) ?? 0) + 1);
  // Ties go to the policy the deck's own page (index.html) carries.
  const main = pagePolicies.get('index.html');
  const common = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === main) - Number(a[0] === main) || (a[0] < b[0] ? -1 : 1))[0]![0];
  const csp = (policy: string) => `add_header Content-Security-Policy ${quoted(policy, 'The Content-Security-Policy')} always;`;
  // Cache-Control without `always`: an error (a 404 under assets/) must not be cached for a year.
  const headers = (policy: string, cache: string) => [csp(policy), `add_header Cache-Control ${quoted(cache, 'Cache-Control')};`, 'add_header X-Content-Type-Options "nosniff" always;'];
  const block = (match: string, lines: readonly string[]) => [`location ${match} {`, ...lines.map((l) => `    ${l}`), '}'];

  const types = [...new Set(files.map(extensionOf))].sort().map((ext) => `    ${MIME_TYPES[ext]} ${ext};`);
  const own = pages.filter((page) => pagePolicies.get(page) !== common);
  return [
    '# Generated by `npm run build` (src/build/static-host.ts) from the policy the pages carry; do not edit:',
    '# rebuild instead. Include it in a server {} block whose root is this folder (README: "Publishing the',
    '# reading view"), e.g.  root /srv/deck;  include /srv/deck/nginx.conf;',
    '',
    'index index.html;',
    'charset utf-8;',
    `charset_types ${GZIP_TYPES.join(' ')};`,
    '',
    '# The types of the files in this build (replaces the server\'s table for this server).',
    'types {',
    ...types,
    '}',
    'default_type application/octet-stream;',
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    `gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    '# Pages and every file without a content hash: revalidated on each visit (ETag / Last-Modified).',
    ...block('/', headers(common, CACHE_REVALIDATE)),
    ...own.flatMap((page) => [`# ${page} carries a policy of its own.`, ...block(`~ (^|/)${regexEscape(page)}$`, headers(pagePolicies.get(page)!, CACHE_REVALIDATE))]),
    '# Content-hashed files: a new build gives them new names, so they never change under a name.',
    ...block(`~ /${regexEscape(HASHED_ASSETS_DIR)}/[^/]+$`, headers(common, CACHE_HASHED)),
    '# This file is not for visitors.',
    ...block(`~ /${regexEscape(NGINX_CONFIG_FILE)}$`, ['return 404;']),
    '',
  ].join('\n');
}
