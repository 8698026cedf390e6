// A small static file server for the built deck, bound to 127.0.0.1 only.
// Used by the PDF export, the benchmark and the browser tests.
//
// Hand-written rather than Vite's preview(), measured: preview() takes 1.4–2.0 s on this machine
// from the call to a listening server (loading Vite, resolving a configuration), this one about
// 50 ms; `npm run pdf` starts a server on every run, and its whole command should cost little
// more than its export (~4.5 s). It serves files and nothing else: no SPA fallback (a missing
// figure must be a 404 the export can name), no caching, no directory listing.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { EnvironmentError } from '../exit/cli-error.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

class PortInUseError extends EnvironmentError {
  constructor(port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use. Stop whatever uses it, or leave the port out to pick a free one.`);
    this.name = 'PortInUseError';
  }
}

export interface ServeOptions {
  /**
   * Gzip what compresses (not woff2) when the browser accepts it, as a production host would:
   * `npm run bench` measures first paint so. The export and the tests serve uncompressed.
   */
  readonly gzip?: boolean;
}

/** Already compressed: gzip would only cost time. */
const COMPRESSED = new Set(['.woff2', '.woff', '.png', '.jpg', '.jpeg', '.webp']);

/** Serves `root` on 127.0.0.1. Port 0 (the default) picks a free port. */
export async function serveDirectory(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) throw new Error(`${root}/index.html does not exist. Run \`npm run build\` first.`);
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (options.gzip && !COMPRESSED.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      pipeline(createReadStream(path), createGzip({ level: 9 }), res, () => {});
      return;
    }
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    server.listen(port, '127.0.0.1', () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
