// The patient handout (`npm run pdf -- --handout` → out/handout.pdf): a take-home summary on 2 to
// 4 pages of paper. It says nothing of its own: each entry points at a block of a slide
// (`slide-id#block-id`, the block's `id`), a glossary term or a source, and the handout prints
// them in a fixed order under fixed headings. A slide id that does not exist does not compile;
// a block id that does not exist, or a block that does not fit its section, fails the build and
// `npm run check` with the file and field named. `npm run check` reads the handout's text too.
//
// Editions: the short edition's handout (`--edition short`) leaves out blocks of slides that
// edition does not show; every section must still have something in it.

import { defineHandout } from './define.ts';

export default defineHandout({
  // The main message, first (title slide).
  mainMessage: ['title#main-message'],
  // What the study can and cannot tell you: the caveats, and not to stop or delay treatment.
  canAndCannot: ['before-we-start#caveats', 'before-we-start#do-not-stop'],
  // The key trial numbers: the chart, printed as its table.
  trialNumbers: 'large-trials#trials-chart',
  // What to do now, and why.
  whatToDo: ['what-this-means-for-you#action-list'],
  // Questions to ask, with tick boxes and lines to write on.
  questions: 'questions-to-ask#questions-checklist',
  words: ['chemo', 'randomizedTrial', 'neoadjuvant', 'metastasis'],
  // The clinic's contact details from slides/local.ts, or "Ask your care team" and a line for the number.
  help: 'summary#contact',
  sources: ['karagiannis2017', 'ebctcg2018', 'chavez2016'],
  about: ['about-this-deck#not-advice', 'about-this-deck#deck-info'],
});
