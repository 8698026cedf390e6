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
        'Mouse studies can show how something might work.',
        'Tissue from 20 women shows signs, not outcomes.',
        'Trials in 4,756 women show what happened to survival.',
      ],
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
      'On the bottom step are studies in mice. They can show how something might work, but mice are not people. Most of the 2017 study is on this step.',
      'On the middle step is tissue from about 20 women. It shows signs in tissue, called markers. It does not show whether women lived longer or shorter lives.',
      'On the top step are large trials in people. The trials we will look at next had 4,756 women. They measured spread and survival directly.',
    ],
    question: 'Why do you trust the trials more than this study?',
    answer:
      'The trials looked directly at spread and survival in thousands of women. The 2017 study looked at mice and at tissue signs in about 20 women.',
  },
});
