import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'rebastinib-today',
  title: 'Rebastinib today: still an experimental drug',
  evidence: 'early-clinical-trial',
  sources: ['montefiore2024'],
  body: [
    {
      id: 'rebastinib-status',
      type: 'list',
      items: [
        ['As of 2024, rebastinib was not approved by the ', { term: 'fda', define: true }, ' (US Food and Drug Administration).'],
        'It had only been tested in small, early trials.',
        'The 2024 trial was in cancer that had already spread.',
      ],
    },
    {
      type: 'callout',
      tone: 'caveat',
      text: ['You cannot ask for it as a treatment. It is only given in ', { term: 'clinicalTrial', text: 'clinical trials', define: true }, '.'],
    },
  ],
  notes: {
    say: [
      'Rebastinib is the drug that blocked the extra spread in mice. Where is it now?',
      'As of 2024, it was still experimental. It was not approved by the US Food and Drug Administration, the FDA.',
      'In 2024, a team reported an early, small trial. It gave the drug with chemo to people whose breast cancer had already spread. It looked for the right dose for future trials.',
      'So, as of 2024, rebastinib was not a treatment your doctor could give you. It was only given to people who joined a clinical trial, which is a research study.',
    ],
    question: 'Could I join a trial of rebastinib?',
    answer:
      'We cannot tell you whether a trial is open now. Ask your care team whether any clinical trial fits you. They can help you look for trials that are open.',
  },
});
