// Publishing the reading view: the shared build served by Debian's real nginx with the
// configuration the build wrote (dist/nginx.conf, src/build/static-host.ts) included in a
// server block, as a clinic's IT would. The headers are read as a client sees them (fetch), and
// real Chromium loads the deck and the reading view through it with no CSP violation and no
// request to another origin.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardPage } from '../../src/browser/page-guard.ts';
import { pagePolicy } from '../../src/build/csp.ts';
import { nginxConfig, NGINX_CONFIG_FILE } from '../../src/build/static-host.ts';
import { sharedBrowser } from '../support/shared.ts';

const NGINX = '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What a browser must be told each kind of file is (written out here, not taken from the code under test). */
const EXPECTED_TYPE: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  js: /^(text|application)\/javascript; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  svg: /^image\/svg\+xml; charset=utf-8$/,
  woff2: /^font\/woff2$/,
  woff: /^font\/woff$/,
  png: /^image\/png$/,
};

/** A port nothing listens on now (the OS picks it; nginx binds it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Every file under `dir`, relative, with `/`. */
const filesOf = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

interface Nginx {
  readonly url: string;
  readonly dir: string;
  readonly process: ChildProcess;
  errorLog(): string;
}

/** nginx in the foreground, on its own port, with every path it writes inside `dir`. */
async function startNginx(site: string, dir: string): Promise<Nginx> {
  mkdirSync(join(dir, 'temp'));
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`;
  // A server block as the README tells a clinic to write it: root is the copy, plus the include.
  writeFileSync(
    join(dir, 'nginx-test.conf'),
    [
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${temp(t)}`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      `    root ${site};`,
      `    include ${join(site, NGINX_CONFIG_FILE)};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx-test.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx-test.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `nginx exited (${code ?? signal})`));
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  // Ready = the port accepts a connection. Bounded: 400 tries, a short pause between refusals.
  for (let i = 0; i < 400; i++) {
    if (exited) throw new Error(`${exited} before listening:\n${errorLog()}`);
    if (await accepts(port)) return { url: `http://127.0.0.1:${port}/`, dir, process: child, errorLog };
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill();
  throw new Error(`nginx did not accept a connection on port ${port}:\n${errorLog()}`);
}

describe.skipIf(!hasNginx)(hasNginx ? 'the build served by nginx with dist/nginx.conf' : 'nginx is not installed (/usr/sbin/nginx): run bash scripts/setup.sh', () => {
  let nginx: Nginx;
  let dir: string;
  let site: string;
  let files: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-nginx-'));
    // nginx started as root serves through workers running as nobody: the copy must be readable.
    chmodSync(dir, 0o755);
    site = join(dir, 'site');
    cpSync(inject('distDir'), site, { recursive: true });
    files = filesOf(site);
    nginx = await startNginx(site, dir);
  });
  afterAll(() => {
    nginx?.process.kill('SIGQUIT');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, encoding = 'identity') => fetch(nginx.url + path, { headers: { 'accept-encoding': encoding } });
  const pages = () => files.filter((f) => f.endsWith('.html'));

  it('the build wrote the configuration, and the copy holds it', () => {
    expect(files).toContain(NGINX_CONFIG_FILE);
    expect(pages()).toEqual(expect.arrayContaining(['index.html', 'read.html']));
  });

  it('sends each page’s own meta policy as its Content-Security-Policy header, and no-cache', async () => {
    for (const page of [...pages(), '']) {
      const meta = pagePolicy(readFileSync(join(site, page || 'index.html'), 'utf8'));
      expect(meta, page).toMatch(/^default-src 'none'; script-src 'self' 'sha256-/);
      const r = await get(page);
      expect(r.status, page).toBe(200);
      expect(r.headers.get('content-security-policy'), page).toBe(meta);
      expect(r.headers.get('cache-control'), page).toBe('no-cache');
      expect(r.headers.get('content-type'), page).toMatch(EXPECTED_TYPE.html!);
      expect(r.headers.get('x-content-type-options'), page).toBe('nosniff');
    }
  });

  it('caches the hashed assets for a year, and everything else not at all; every file with its right type', async () => {
    const assets = files.filter((f) => f.startsWith('assets/'));
    expect(assets.length).toBeGreaterThan(3);
    // Everything in assets/ carries Vite's content hash in its name, so "immutable" is true.
    for (const f of assets) expect(f).toMatch(/-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/);
    expect(assets.some((f) => f.endsWith('.woff2'))).toBe(true);
    for (const f of files.filter((f) => f !== NGINX_CONFIG_FILE)) {
      const r = await get(f);
      expect(r.status, f).toBe(200);
      // Each language's hashed assets: assets/ and es/assets/.
      expect(r.headers.get('cache-control'), f).toBe(/^(?:[a-z]{2}\/)?assets\//.test(f) ? IMMUTABLE : 'no-cache');
      const ext = f.split('.').pop()!;
      expect(EXPECTED_TYPE[ext], `a type to expect for .${ext}`).toBeDefined();
      expect(r.headers.get('content-type'), f).toMatch(EXPECTED_TYPE[ext]!);
      await r.arrayBuffer();
    }
  });

  it('gzips text when asked (and only then), never fonts', async () => {
    const js = files.find((f) => /^assets\/.+\.js$/.test(f))!;
    const css = files.find((f) => /^assets\/.+\.css$/.test(f))!;
    // gzip_min_length 256: smaller files are sent as they are (the gzip header would outweigh the saving).
    const text = ['index.html', 'read.html', js, css, 'favicon.svg', 'deck.json'].filter((f) => statSync(join(site, f)).size >= 256);
    expect(text).toEqual(expect.arrayContaining(['index.html', 'read.html', js, css, 'deck.json']));
    for (const f of text) {
      const zipped = await get(f, 'gzip');
      expect(zipped.headers.get('content-encoding'), f).toBe('gzip');
      expect(zipped.headers.get('vary'), f).toMatch(/accept-encoding/i);
      // fetch unzips: the body is the file itself.
      expect(Buffer.from(await zipped.arrayBuffer()).equals(readFileSync(join(site, f))), f).toBe(true);
      const plain = await get(f);
      expect(plain.headers.get('content-encoding'), f).toBeNull();
      await plain.arrayBuffer();
    }
    const font = files.find((f) => f.endsWith('.woff2'))!;
    const r = await get(font, 'gzip');
    expect(r.headers.get('content-encoding')).toBeNull();
    await r.arrayBuffer();
  });

  it('keeps the configuration itself from visitors, and does not cache a missing asset', async () => {
    expect((await get(NGINX_CONFIG_FILE)).status).toBe(404);
    const missing = await get('assets/index-00000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  describe('in Chromium', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 720 } });
    });
    afterAll(async () => context?.close());

    // The page's readiness as a function, not a string: Playwright runs a string predicate with eval,
    // which the page's CSP (rightly) refuses once it has to poll.
    async function load(path: string, ready: () => boolean) {
      const page = await context.newPage();
      const incidents = await guardPage(page, nginx.url.replace(/\/$/, ''), { block: true });
      // Recorded from before any script of the page runs.
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      const started = performance.now();
      const response = await page.goto(nginx.url + path, { waitUntil: 'load' });
      await page.waitForFunction(ready, undefined, { timeout: 30_000 });
      const ms = performance.now() - started;
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      console.log(`[nginx] ${path || '/'} ready through nginx in ${Math.round(ms)} ms; CSP violations: ${violations.length}`);
      return { page, incidents, violations, header: response!.headers()['content-security-policy'] };
    }

    it('presents the deck (index.html) with no CSP violation, its first slide shown, nothing from another origin', async () => {
      const { page, incidents, violations, header } = await load('', () => document.documentElement.dataset.deckState === 'ready');
      expect(header).toBe(pagePolicy(readFileSync(join(site, 'index.html'), 'utf8')));
      expect(violations).toEqual([]);
      expect(await page.evaluate(() => window.Reveal!.getIndices().h)).toBe(0);
      expect(await page.locator('.reveal .slides > section.present').first().isVisible()).toBe(true);
      expect(incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
      // The listener above does see a violation: an inline script is refused and recorded.
      const recorded = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            document.addEventListener('securitypolicyviolation', () => resolve((window as unknown as { __violations: string[] }).__violations), { once: true });
            const script = document.createElement('script');
            script.textContent = 'void 0';
            document.head.append(script);
          }),
      );
      expect(recorded).toEqual(['script-src-elem inline']);
      await page.close();
    });

    // The first section starts just below a 720 px screen when the page keeps its fallback face
    // (670 px in Atkinson Hyperlegible Next, 731 px in Chromium's own sans-serif: its first-screen
    // faces are font-display: optional, and a loaded run left them out): the title is what the
    // first screen always shows.
    it('shows the reading view (read.html) with no CSP violation, its title on the first screen and its first section laid out, nothing from another origin', async () => {
      const { page, incidents, violations, header } = await load('read.html', () => document.fonts.status === 'loaded');
      expect(header).toBe(pagePolicy(readFileSync(join(site, 'read.html'), 'utf8')));
      expect(violations).toEqual([]);
      const first = page.locator('.read-section').first();
      expect(await first.isVisible()).toBe(true);
      expect(await first.evaluate((el) => el.getBoundingClientRect().height > 0)).toBe(true);
      expect(await page.locator('h1').first().evaluate((el) => el.getBoundingClientRect().bottom < innerHeight)).toBe(true);
      expect(incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
      await page.close();
    });
  });
});

describe('the static-host configuration’s own rules', () => {
  const policy = "default-src 'none'; script-src 'self'";

  it('gives a page with a policy of its own a location of its own', () => {
    const conf = nginxConfig({ files: ['index.html', 'read.html', 'assets/a-12345678.js'], pagePolicies: new Map([['index.html', policy], ['read.html', "default-src 'none'"]]) });
    expect(conf).toContain(`location / {\n    add_header Content-Security-Policy "${policy}" always;`);
    expect(conf).toContain(`location ~ (^|/)read\\.html$ {\n    add_header Content-Security-Policy "default-src 'none'" always;`);
  });

  it('refuses a file kind it has no MIME type for, naming it and where to add it', () => {
    expect(() => nginxConfig({ files: ['index.html', 'assets/x-12345678.wasm'], pagePolicies: new Map([['index.html', policy]]) })).toThrow(/\(wasm\): add them to MIME_TYPES in src\/build\/static-host\.ts/);
  });

  it('refuses a policy nginx would read as syntax', () => {
    expect(() => nginxConfig({ files: ['index.html'], pagePolicies: new Map([['index.html', `${policy} $x`]]) })).toThrow(/Content-Security-Policy contains a character nginx would read as syntax/);
  });
});
