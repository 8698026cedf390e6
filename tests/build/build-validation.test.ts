// `npm run build` refuses a deck that fails validation, with the same clear message, writes
// nothing half-built, and keeps the previous build (the build goes to a temporary folder that
// replaces the target only when complete).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeckValidationError } from '../../src/model/errors.ts';
import { buildDeck } from '../../src/build/run-build.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';

const scratch = join(PROJECT_ROOT, 'out', `test-build-validation-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('building an invalid deck', () => {
  it('fails before writing anything, naming the slide, the field and what to do, and keeps the previous build', async () => {
    const target = join(scratch, 'dist');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'index.html'), 'the previous build');
    const attempt = buildDeck(relative(PROJECT_ROOT, target), { quiet: true, deck: { deckModule: 'tests/fixtures/invalid-deck.ts' } });
    await expect(attempt).rejects.toBeInstanceOf(DeckValidationError);
    await expect(attempt).rejects.toThrow(/slide figure-slide \(slides\/figure-slide\.ts\) › id: is used by 2 slides/);
    await expect(attempt).rejects.toThrow(/Give each slide its own id/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('the previous build');
    // No temporary folder is left next to it.
    expect(readdirSync(scratch)).toEqual(['dist']);
    expect(existsSync(join(target, 'deck.json'))).toBe(false);
  });

  it('stops on invalid clinic details too, naming slides/local.ts, each field and what to do', async () => {
    const attempt = buildDeck(relative(PROJECT_ROOT, join(scratch, 'dist-local')), { quiet: true, deck: { localModule: 'tests/fixtures/local/invalid-local.ts' } });
    await expect(attempt).rejects.toBeInstanceOf(DeckValidationError);
    const message = await attempt.catch((e: Error) => e.message);
    for (const field of ['organization', 'contact.phone', 'contact.website', 'contact.email', 'talkDate']) expect(message).toContain(`slides/local.ts › ${field}: `);
    expect(message).toContain('Write the number people should call');
    expect(existsSync(join(scratch, 'dist-local'))).toBe(false);
  });
});

