// How long the speaker notes take to say: one definition for the check, the manifest and the bench.

import type { CompiledNotes, CompiledSlide } from './compiled.ts';

/** Speaking pace used for estimates (words per minute; a calm pace for an anxious audience). */
export const WORDS_PER_MINUTE = 130;

/** Words in a text, as a speaker says them (anything between spaces). */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Words of a slide's script (`say`): what the presenter says on every run of the talk. */
export const scriptWords = (notes: CompiledNotes): number => notes.say.reduce((n, t) => n + countWords(t), 0);

/** Words of the prepared question and answer: said only when someone asks. */
export const answerWords = (notes: CompiledNotes): number => countWords(notes.question) + countWords(notes.answer);

const minutes = (words: number): number => Math.round((words / WORDS_PER_MINUTE) * 10) / 10;

export interface SpokenLength {
  /** Words of the script (`say`) of every slide. */
  readonly words: number;
  /** The script at WORDS_PER_MINUTE, one decimal: how long the talk runs before questions. */
  readonly minutes: number;
  /** Words of the prepared questions and answers, and the minutes if every one is asked. */
  readonly answerWords: number;
  readonly withAnswersMinutes: number;
}

export function spokenLength(slides: readonly CompiledSlide[]): SpokenLength {
  const words = slides.reduce((n, s) => n + scriptWords(s.notes), 0);
  const answers = slides.reduce((n, s) => n + answerWords(s.notes), 0);
  return { words, minutes: minutes(words), answerWords: answers, withAnswersMinutes: minutes(words + answers) };
}
