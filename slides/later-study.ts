import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'later-study',
  title: 'A later study by the same group, and another view',
  evidence: ['human-tissue-study', 'background'],
  sources: ['kim2023', 'mdedgePierce', 'korde2021'],
  body: [
    { type: 'paragraph', facts: ['later-study'], text: ['In 2023, the group studied leftover tumor from ', { num: 'later-study.black' }, ' Black and ', { num: 'later-study.white' }, ' white women.'] },
    {
      id: 'later-findings',
      type: 'list',
      items: [
        { facts: ['later-study'], text: 'A high doorway count was linked with later spread.' },
        { facts: ['later-study-black-women'], text: 'Tumors from Black women tended to have more doorways.' },
        { facts: ['later-study', 'link-one-woman'], text: 'A link is not proof, and it cannot say what will happen to one woman.' },
      ],
    },
  ],
  notes: {
    say: [
      {
        facts: ['later-study'],
        text: ['The same research group kept going. In 2023, they published a study of leftover tumor after chemo from ', { num: 'later-study.black' }, ' Black women and ', { num: 'later-study.white' }, ' white women.'],
      },
      {
        facts: ['later-study'],
        text: 'Women whose leftover tumor had a high doorway count were more likely to have their cancer spread later. This is a link. It does not prove that chemo caused the spread.',
      },
      {
        facts: ['later-study-black-women', 'link-one-woman', 'ask-care-team'],
        text: 'Leftover tumors from Black women tended to have more doorways. A link seen across many women does not say what will happen to any one woman. If you are a Black woman and this worries you, ask your care team what it means for you.',
      },
      {
        facts: ['pierce-view', 'later-study-no-before'],
        text: 'Lori Pierce, of the University of Michigan, was asked to comment on this work. She noted that it had no doorway counts from before chemo. She also said that large randomized trials show equal results either way.',
      },
    ],
    question: 'Should I get my doorways counted after chemo?',
    answer: {
      facts: ['guideline-doorway-test', 'no-test-to-ask-for', 'ask-care-team'],
      text: 'Doorway counts are a research test, not part of routine care. If you want to know more about your leftover tumor, ask your care team.',
    },
  },
});
