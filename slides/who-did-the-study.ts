import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'who-did-the-study',
  title: 'Who did the study, and possible conflicts of interest',
  evidence: 'background',
  sources: ['oncologynews2017', 'patent2018', 'metastat2017'],
  body: [
    {
      type: 'list',
      items: [
        'Researchers at Albert Einstein College of Medicine led it.',
        ['In 2018, their college asked for a ', { term: 'patent', define: true }, ' (a legal right to an invention) on blocking doorways.'],
        'Two senior researchers are its inventors.',
        'It used a research version of a company’s doorway test.',
        'We could not confirm who paid for it.',
      ],
    },
  ],
  notes: {
    say: [
      'It is fair to ask who did a study, and who might gain from it.',
      'Researchers at Albert Einstein College of Medicine in New York led the study. They worked with Montefiore and Weill Cornell Medicine.',
      'In 2018, their college asked for a patent. A patent is a legal right to an invention. It names two of the study leaders as inventors. It covers drugs that block doorways, to lower spread after chemo.',
      'The study also used a research version of a company’s doorway test. That company put out a press release about the results.',
      'These ties do not make the results wrong. But they are worth knowing. We could not confirm who paid for the 2017 study itself.',
    ],
    question: 'Does the patent mean the researchers were biased?',
    answer:
      'Not necessarily. But it is a reason to look at the evidence carefully, which is what we are doing today.',
  },
});
