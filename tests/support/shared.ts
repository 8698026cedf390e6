// A test file's way to what the run shares (tests/setup/shared-run.ts): the Chromium started
// once per run, the single-file build and the PDF exports of the shared build.

import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { HandoutPdfName, SharedPdf, SharedPptx, SharedSingleFile, SlidesPdfName } from '../setup/shared-names.ts';

let connection: Promise<Browser> | undefined;

/**
 * The run's Chromium, connected once per test file. Open a fresh context for the file
 * (browser.newContext()); closing the context leaves the browser to the others.
 */
export function sharedBrowser(): Promise<Browser> {
  connection ??= import('playwright-core').then(({ chromium }) => chromium.connect(inject('browserWs')));
  return connection;
}

/** A connection of its own to the run's Chromium, for code that closes its browser when done (an export's session). */
export async function connectToSharedBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.connect(inject('browserWs'));
}

/** Disconnects this file from the run's Chromium (tests/setup/per-file.ts; the browser keeps running). */
export async function closeSharedBrowser(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) await (await open).close();
}

async function ask<T>(path: string): Promise<T> {
  const response = await fetch(inject('sharedService') + path, { signal: AbortSignal.timeout(600_000) });
  if (!response.ok) throw new Error(`The shared ${path} could not be made: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `npm run build:single` of the real deck, made once per run. */
export const sharedSingleFile = (): Promise<SharedSingleFile> => ask('/single');

/** `npm run pptx` of the real deck (full edition), run once per run: the file and what the command said. Copy the file before changing it. */
export const sharedPptx = (): Promise<SharedPptx> => ask('/pptx');

/** One export of the shared build, made once per run (names: tests/setup/shared-names.ts). */
export function sharedPdf(name: SlidesPdfName): Promise<Extract<SharedPdf, { kind: 'slides' }>>;
export function sharedPdf(name: HandoutPdfName): Promise<Extract<SharedPdf, { kind: 'handout' }>>;
export function sharedPdf(name: string): Promise<SharedPdf> {
  return ask(`/pdf/${name}`);
}
