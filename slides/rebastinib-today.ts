import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'rebastinib-today',
  title: 'Rebastinib today: still an experimental drug',
  evidence: 'early-clinical-trial',
  sources: ['montefiore2024'],
  body: [
    {
      type: 'list',
      items: [
        ['Rebastinib is not approved by the ', { term: 'fda', define: true }, ' (US Food and Drug Administration).'],
        ['In 2024, an early ', { term: 'phase1', define: true }, ' reported results. It looked for the right dose.'],
        ['You can only get it in a ', { term: 'clinicalTrial', define: true }, '.'],
      ],
    },
    {
      type: 'callout',
      tone: 'caveat',
      text: 'Rebastinib is not a treatment you can ask for. It is still being studied.',
    },
  ],
  notes: {
    say: [
      'Rebastinib is the drug that blocked the extra spread in mice. Where is it now?',
      'It is still experimental. It is not approved by the US Food and Drug Administration, the FDA.',
      'In 2024, researchers reported an early trial, called phase 1b. It gave rebastinib with chemo to people whose breast cancer had spread. It looked for the right dose for future trials.',
      'So far, rebastinib has only been tested in small early trials. You can only get it by joining a clinical trial.',
    ],
    question: 'Could I join a trial of rebastinib?',
    answer:
      'Ask your care team whether any clinical trial fits you. They can help you look for trials that are open.',
  },
});
