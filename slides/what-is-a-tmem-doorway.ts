import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-is-a-tmem-doorway',
  title: 'What is a TMEM doorway?',
  evidence: 'background',
  sources: ['borriello2020'],
  layout: 'split',
  body: [
    {
      type: 'paragraph',
      text: ['A ', { term: 'tmem', define: true }, ' (short for “tumor microenvironment of metastasis”) is a tiny spot in a tumor.'],
    },
    { type: 'paragraph', text: 'In animals, cancer cells got into the blood there. Three cells touch:' },
    {
      type: 'list',
      items: [
        'a cancer cell',
        ['an immune cell, called a ', { term: 'macrophage', define: true }],
        'a cell of the blood vessel wall',
      ],
    },
    {
      type: 'figure',
      src: 'tmem-doorway.svg',
      alt: 'A cancer cell and an immune cell touch a blood vessel wall at one spot: the doorway.',
      caption: 'A doorway, drawn simply.',
    },
  ],
  notes: {
    say: [
      'The study is about tiny spots in a tumor that researchers call TMEM doorways. TMEM is short for a long scientific name. We will just say doorways.',
      'A doorway is where three cells touch. One is a cancer cell. One is an immune cell called a macrophage. One is a cell of the blood vessel wall.',
      'At a doorway, the immune cell and the cancer cell make the vessel wall leak for a short time. That lets cancer cells slip into the blood. Researchers watched this happen in living animals, under a special microscope.',
      'Doorways are very small. They are only seen in tumor tissue under a microscope. They are not in the blood, and they are not counted with a blood test.',
    ],
    question: 'Do I have these doorways in my tumor?',
    answer:
      'Counting doorways is not part of routine care, so your reports will not show them. Your care team can explain what your own tests showed.',
  },
});
