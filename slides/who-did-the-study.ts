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
        'Researchers at Albert Einstein College of Medicine in New York led the study.',
        ['Two senior researchers are inventors on a later ', { term: 'patent', define: true }, ' application about blocking doorways.'],
        'The study used a research version of a company’s doorway test.',
        'We could not confirm who paid for the 2017 study.',
      ],
    },
  ],
  notes: {
    say: [
      'It is fair to ask who did a study, and who might gain from it.',
      'Researchers at Albert Einstein College of Medicine in New York led the study. They worked with Montefiore and Weill Cornell Medicine.',
      'In 2018, their college applied for a patent that names two of the senior researchers as inventors. It covers drugs that block doorways, to lower spread after chemo.',
      'The study also used a research version of a company’s doorway test. That company put out a press release about the results.',
      'These ties do not make the results wrong. But they are worth knowing. We could not confirm who paid for the 2017 study itself.',
    ],
    question: 'Does the patent mean the researchers were biased?',
    answer:
      'Not necessarily. But it is a reason to look at the evidence carefully, which is what we are doing today.',
  },
});
