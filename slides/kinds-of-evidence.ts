import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'kinds-of-evidence',
  title: 'Not all evidence is equally strong',
  evidence: ['mouse-study', 'human-tissue-study', 'randomized-trials'],
  sources: ['karagiannis2017', 'ebctcg2018'],
  layout: 'split',
  body: [
    {
      type: 'list',
      items: [
        'Mouse studies can show how something might happen.',
        'Tissue from about 20 women shows signs, not outcomes.',
        'Trials in 4,756 women show what happened to survival.',
      ],
    },
    {
      type: 'callout',
      tone: 'caveat',
      text: 'Next: how chemo might affect spread, mostly studied in mice.',
    },
    {
      type: 'figure',
      src: 'evidence-steps.svg',
      alt: 'Three steps, lowest to highest: studies in mice, tumor tissue from about 20 women, and trials in 4,756 women.',
      caption: 'The higher the step, the more it tells us about people.',
    },
  ],
  notes: {
    say: [
      'Not all evidence is equally strong. Think of it as steps.',
      'On the top step are large trials in people, like the ones we just saw. They had 4,756 women. They measured spread and survival directly.',
      'On the middle step is tissue from about 20 women. It shows signs in tissue. It does not show whether women lived longer or shorter lives.',
      'On the bottom step are studies in mice. They can show how something might happen, but mice are not people. Most of the 2017 study is on this step.',
      'Now we go down the steps. The next slides are about how chemo might affect spread. Most of this part was seen in mice.',
    ],
    question: 'Why do you trust the trials more than this study?',
    answer:
      'The trials looked directly at spread and survival in thousands of women. The 2017 study looked at mice and at tissue signs in about 20 women.',
  },
});
