import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-is-a-tmem-doorway',
  title: 'Where cancer cells get into the blood: TMEM doorways',
  facts: ['tmem-doorway'],
  evidence: 'background',
  sources: ['borriello2020', 'medicalxpress2017', 'korde2021'],
  layout: 'split',
  body: [
    { type: 'paragraph', facts: ['spread-steps'], text: ['Spread to other organs is called ', { term: 'metastasis', define: true }, '.'] },
    {
      id: 'doorway',
      type: 'paragraph',
      facts: ['tmem-doorway'],
      text: ['A ', { term: 'tmem', define: true }, ' (“tumor microenvironment of metastasis”) is a spot where three cells touch. Cancer cells can get into the blood there.'],
    },
    {
      type: 'figure',
      src: 'tmem-doorway.svg',
      facts: ['tmem-doorway'],
      alt: 'A drawing of a doorway: a cancer cell and an immune cell touch a blood vessel wall at one spot.',
      caption: ['The immune cell is called a ', { term: 'macrophage', define: true }, '.'],
    },
  ],
  notes: {
    say: [
      {
        facts: ['spread-steps'],
        text: 'How might chemo affect spread? Cancer cells leave the tumor and get into a blood vessel. The blood can carry them to another organ, such as the lungs.',
      },
      { facts: ['spread-steps'], text: 'Doctors call that metastasis. This study was about one step: cancer cells getting into the blood.' },
      {
        facts: ['tmem-doorway'],
        text: 'The study is about tiny spots in a tumor called TMEM doorways. We will just say doorways. Three cells touch there: a cancer cell, an immune cell called a macrophage, and a vessel wall cell.',
      },
      {
        facts: ['tmem-entry'],
        text: 'In animals, the immune cell and the cancer cell made the vessel wall leak for a short time. In these animals, cancer cells slipped into the blood there.',
      },
      { facts: ['tmem-in-tissue'], text: 'Doorways are very small. They are only seen in tumor tissue under a microscope. They are not in the blood, and no blood test counts them.' },
    ],
    short: {
      say: [
        {
          facts: ['tmem-doorway'],
          text: 'The study is about tiny spots in a tumor, called TMEM doorways. Three cells touch there: a cancer cell, an immune cell, and a vessel wall cell.',
        },
        { facts: ['tmem-entry'], text: 'In animals, cancer cells got into the blood at these doorways.' },
        { facts: ['tmem-in-tissue'], text: 'Doorways are only seen in tumor tissue under a microscope. They are not in the blood.' },
      ],
    },
    question: 'Do I have these doorways in my tumor?',
    answer: {
      facts: ['guideline-doorway-test', 'ask-care-team'],
      text: 'Counting doorways is not part of routine care, so your reports will not show them. Your care team can explain what your own tests showed.',
    },
  },
});
