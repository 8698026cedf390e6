// The patient handout (`npm run pdf -- --handout` → out/handout.pdf): a take-home summary on 2 to
// 4 pages of paper that stands on its own. It says nothing of its own: each entry points at a
// block of a slide (`slide-id#block-id`, the block's `id`), a glossary term or a source, and the
// handout prints them in a fixed order under fixed headings. A slide id that does not exist does
// not compile; a block id that does not exist, or a block that does not fit its section, fails
// the build and `npm run check` with the file and field named. `npm run check` reads the
// handout's text too. Each section is kept on one page (src/theme/handout.css).
//
// Editions: the short edition's handout (`--edition short`) leaves out blocks of slides that
// edition does not show; every section must still have something in it.

import { defineHandout } from './define.ts';

export default defineHandout({
  // The main message, first (title slide).
  mainMessage: ['title#main-message'],
  // What the study can and cannot tell you: the caveats.
  canAndCannot: ['before-we-start#caveats'],
  // What the 2017 study found: a doorway defined, then in mice, then in about 20 women's leftover
  // tumor (a marker, not an outcome), then the one line on the drug, the test and costs.
  studyFound: [
    'what-is-a-tmem-doorway#doorway',
    'mice-more-doorways#mouse-findings',
    'mice-spread#spread-findings',
    'mice-spread#mice-only',
    'the-human-part#what-was-done',
    'the-human-part#human-limits',
    'what-has-changed#costs',
  ],
  // The key trial numbers: the chart, printed as its table, and beside it the same in words
  // (the trade-off, and the trials' age).
  trialNumbers: 'large-trials#trials-chart',
  trialWords: ['what-the-trials-mean#trial-limits'],
  // What to do now, and why: not to stop or delay (the reason), then the steps, with their path
  // drawn in a column beside both (src/theme/handout.css); a screen reader meets them in this order.
  whatToDo: ['before-we-start#do-not-stop', 'what-this-means-for-you#action-steps', 'what-this-means-for-you#action-list'],
  // To sum up (the summary slide's key points).
  keyPoints: ['summary#key-points'],
  // Questions to ask, with tick boxes and lines to write on.
  questions: 'questions-to-ask#questions-checklist',
  words: ['chemo', 'paclitaxel', 'randomizedTrial', 'neoadjuvant', 'metastasis', 'residual', 'marker'],
  // The clinic's contact details from slides/local.ts, or "Ask your care team" and a line for the number.
  help: 'summary#contact',
  sources: ['karagiannis2017', 'ebctcg2018', 'chavez2016', 'korde2021', 'montefiore2024'],
  // The study the talk explains: its title is printed in the source list, labelled as the researchers' words.
  study: 'karagiannis2017',
  about: ['about-this-deck#not-advice', 'about-this-deck#deck-info'],
});
