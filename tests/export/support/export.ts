// Running the exporter in tests against the shared test build (tests/setup/shared-run.ts), in
// the run's Chromium (a test about the export's own browser passes `browser: launchChromium()`).
// A test that only reads a PDF of the shared build asks for it with sharedPdf() instead.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { exportPdf, type ExportOptions, type ExportResult } from '../../../src/export/slides-pdf.ts';
import { VARIANTS, type VariantName } from '../../../src/export/variants.ts';
import { readManifest } from '../../../src/output/manifest-file.ts';
import { connectToSharedBrowser } from '../../support/shared.ts';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'deck-pdf-'));

/** Leftover temporary files (an interrupted or failed export must leave none). */
export const tempFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

export function exportVariant(name: VariantName, out: string, extra: Partial<ExportOptions> = {}): Promise<ExportResult> {
  const distDir = extra.distDir ?? inject('distDir');
  return exportPdf({ distDir, variant: VARIANTS[name], out, manifest: readManifest(distDir), browser: connectToSharedBrowser(), ...extra });
}
