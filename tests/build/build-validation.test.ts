// `npm run build` refuses a deck that fails validation, with the same clear message, and
// writes nothing half-built.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/build/deck-html-plugin.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'deck-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('building an invalid deck', () => {
  it('fails before writing anything, naming the slide, the field and what to do', async () => {
    const attempt = build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [deckHtml({ deckModule: '/tests/fixtures/invalid-deck.ts' })],
      build: { outDir: join(out, 'dist'), emptyOutDir: true },
    });
    await expect(attempt).rejects.toThrow(/slide figure-slide \(slides\/figure-slide\.ts\) › id: is used by 2 slides/);
    await expect(attempt).rejects.toThrow(/Give each slide its own id/);
    expect(existsSync(join(out, 'dist', 'index.html'))).toBe(false);
  });
});
