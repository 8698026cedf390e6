import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'kinds-of-evidence',
  title: 'Not all evidence is equally strong',
  evidence: ['mouse-study', 'human-tissue-study', 'randomized-trials'],
  sources: ['karagiannis2017', 'ebctcg2018', 'medicalxpress2017', 'mdedgePierce'],
  layout: 'split',
  body: [
    {
      type: 'list',
      items: [
        { facts: ['mice-not-people'], text: 'Mouse studies can show how something might happen.' },
        { facts: ['women-markers-only'], text: 'Tissue from about 20 women shows signs, not outcomes.' },
        { facts: ['trials-design', 'trials-deaths'], text: ['Trials in ', { num: 'trials-design.women' }, ' women show what happened to survival.'] },
      ],
    },
    { type: 'callout', tone: 'caveat', facts: ['study-mostly-mice'], text: 'Next: how chemo might affect spread, mostly studied in mice.' },
    {
      type: 'figure',
      src: 'evidence-steps.svg',
      facts: ['study-mostly-mice', 'women-count', 'trials-design', 'study-published'],
      alt: ['Three steps, lowest to highest: studies in mice, tumor tissue from about 20 women, and trials in ', { num: 'trials-design.women' }, ' women.'],
      caption: 'Higher steps tell us more about people.',
    },
  ],
  notes: {
    say: [
      { facts: ['study-mostly-mice', 'women-count', 'trials-design', 'study-published'], text: 'Not all evidence is equally strong. Think of it as steps, from lowest to highest.' },
      {
        facts: ['trials-design', 'trials-spread', 'trials-deaths'],
        text: ['On the top step are large trials in people, like the ones we just saw. They had ', { num: 'trials-design.women' }, ' women, and they measured spread and survival directly.'],
      },
      { facts: ['women-count', 'women-markers-only'], text: 'On the middle step is tissue from about 20 women. It shows signs in tissue. It does not show whether women lived longer or shorter lives.' },
      { facts: ['study-mostly-mice', 'mice-not-people'], text: 'On the bottom step are studies in mice. They can show how something might happen, but mice are not people. Most of the 2017 study is on this step.' },
      { facts: ['study-mostly-mice'], text: 'Next, we look at how chemo might affect spread. Most of this part was seen in mice.' },
    ],
    question: 'Why do you trust the trials more than this study?',
    answer: {
      facts: ['trials-design', 'trials-spread', 'trials-deaths', 'women-markers-only', 'study-mostly-mice'],
      text: 'The trials looked directly at spread and survival in thousands of women. The 2017 study looked mostly at mice, and at tissue signs in about 20 women.',
    },
  },
});
