import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'later-study',
  title: 'A later study by the same group, and another view',
  evidence: ['human-tissue-study', 'expert-opinion'],
  sources: ['kim2023', 'mdedgePierce'],
  body: [
    { type: 'paragraph', text: 'In 2023, the group studied leftover tumor from 96 Black and 87 white women.' },
    {
      id: 'later-findings',
      type: 'list',
      items: [
        'Women with a high doorway count were more likely to have later spread.',
        'That is a link, not proof that chemo caused spread.',
      ],
    },
    {
      id: 'another-view',
      type: 'callout',
      tone: 'key-point',
      text: 'Another expert said large randomized trials show equal results either way.',
    },
  ],
  notes: {
    say: [
      'The same research group kept going. In 2023, they published a study of leftover tumor after chemo from 96 Black women and 87 white women.',
      'Women whose leftover tumor had a high doorway count were more likely to have their cancer spread later. Leftover tumors from Black women also tended to have more doorways.',
      'This is a link, seen in leftover tumor. It does not prove that chemo caused the spread.',
      'Lori Pierce, of the University of Michigan, was asked to comment on this work. She noted that it had no doorway counts from before chemo. She said that randomized trials large enough to tell show equal results with chemo before or after surgery.',
      'She also said she would not want women who need chemo before surgery to be discouraged by these findings.',
    ],
    question: 'Should I get my doorways counted after chemo?',
    answer:
      'Doorway counts are a research test. If you want to know more about your leftover tumor, ask your care team.',
  },
});
