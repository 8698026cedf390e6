// The deck's frame, one catalog per language (text.ts says what each string is). Typed as a
// Record over every language, so a language without its catalog does not compile.

import type { Lang } from '../locales.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { UiText } from './text.ts';

export type { ChromeRun, RevealText, UiText } from './text.ts';

export const UI: { readonly [L in Lang]: UiText } = { en, es };

/** The catalog of a language. */
export const uiFor = (lang: Lang): UiText => UI[lang];
