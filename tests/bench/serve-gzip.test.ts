// serveDirectory({ gzip: true }), as `npm run bench` serves the deck to measure first paint the
// way a production host serves it: text compressed when the browser accepts gzip, fonts as they
// are; without the option (the export, the tests) nothing is compressed.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/browser/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-gzip-'));
const HTML = `<!doctype html><title>x</title>${'<p>words that compress</p>'.repeat(200)}`;
const FONT = Buffer.from('wOF2 not really a font');
writeFileSync(join(dir, 'index.html'), HTML);
writeFileSync(join(dir, 'f.woff2'), FONT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function get(url: string, acceptEncoding?: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveDirectory with gzip', () => {
  it('compresses the HTML when the browser accepts gzip, and the bytes are the file', async () => {
    const server = await serveDirectory(dir, 0, { gzip: true });
    try {
      const r = await get(server.url, 'gzip, deflate, br');
      expect(r.encoding).toBe('gzip');
      expect(r.body.length).toBeLessThan(Buffer.byteLength(HTML) / 5);
      expect(gunzipSync(r.body).toString()).toBe(HTML);
    } finally {
      await server.close();
    }
  });

  it('sends a woff2 font as it is, and nothing compressed to a client that does not accept gzip', async () => {
    const server = await serveDirectory(dir, 0, { gzip: true });
    try {
      const font = await get(`${server.url}f.woff2`, 'gzip');
      expect(font.encoding).toBeUndefined();
      expect(font.body.equals(FONT)).toBe(true);
      const plain = await get(server.url);
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.toString()).toBe(HTML);
    } finally {
      await server.close();
    }
  });

  it('compresses nothing without the option, whatever the browser accepts', async () => {
    const server = await serveDirectory(dir);
    try {
      const r = await get(server.url, 'gzip');
      expect(r.encoding).toBeUndefined();
      expect(r.body.toString()).toBe(HTML);
    } finally {
      await server.close();
    }
  });
});
