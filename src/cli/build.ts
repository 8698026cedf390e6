// `npm run build`: the production build into dist/. A deck that fails validation stops the
// build with the validator's message alone (slide, field, what to do), not a bundler stack trace.

import { DeckValidationError } from '../model/errors.ts';
import { buildDeck } from '../node/build.ts';

// Vite bundles vite.config.ts with its own copy of src/model/errors.ts, so the error thrown by the
// plugin is recognised by name, not by instanceof.
const isValidationError = (e: unknown): e is DeckValidationError =>
  e instanceof Error && e.name === DeckValidationError.name;

/** The validation error inside a bundler error, if that is what stopped the build. */
function validationError(error: unknown): DeckValidationError | undefined {
  if (isValidationError(error)) return error;
  const inner = (error as { errors?: unknown[] } | null)?.errors;
  return Array.isArray(inner) ? inner.find(isValidationError) : undefined;
}

try {
  await buildDeck('dist');
} catch (error) {
  const invalid = validationError(error);
  if (!invalid) throw error;
  console.error(`\n${invalid.message}`);
  process.exitCode = 1;
}
