// Resolved runs as plain text, the way the audience reads them.

import type { Runs } from './compiled.ts';

/**
 * A text as the audience reads it: terms as the word they show, citations as "[n]" (or dropped,
 * with `citations: false`), spaces tidied.
 */
export function runsText(runs: Runs, options: { citations?: boolean } = {}): string {
  return runs
    .map((run) => (run.kind === 'cite' ? (options.citations && run.number !== undefined ? `[${run.number}]` : '') : run.text))
    .join('')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
