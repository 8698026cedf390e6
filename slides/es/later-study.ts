import en from '../later-study.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'later-study',
    title: 'Un estudio posterior del mismo grupo, y otra opinión',
    evidence: ['human-tissue-study', 'background'],
    sources: ['kim2023', 'mdedgePierce', 'korde2021'],
    body: [
      { type: 'paragraph', facts: ['later-study'], text: ['En 2023, el grupo estudió tumor residual de ', { num: 'later-study.black' }, ' mujeres negras y ', { num: 'later-study.white' }, ' mujeres blancas.'] },
      {
        id: 'later-findings',
        type: 'list',
        items: [
          { facts: ['later-study'], text: 'Un conteo alto de puertas se asoció con propagación después.' },
          { facts: ['later-study-black-women'], text: 'Los tumores de las mujeres negras tendían a tener más puertas.' },
          { facts: ['later-study', 'link-one-woman'], text: 'Una relación no es una prueba ni dice qué le pasará a una mujer.' },
        ],
      },
    ],
    notes: {
      say: [
        {
          facts: ['later-study'],
          text: ['El mismo grupo de investigación siguió trabajando. En 2023, publicaron un estudio de tumor residual después de la quimio, de ', { num: 'later-study.black' }, ' mujeres negras y ', { num: 'later-study.white' }, ' mujeres blancas.'],
        },
        {
          facts: ['later-study'],
          text: 'Algunas mujeres tenían un conteo alto de puertas en el tumor que quedó. Su cáncer tenía más probabilidad de propagarse después. Es una relación. No prueba que la quimio causara la propagación.',
        },
        {
          facts: ['later-study-black-women', 'link-one-woman', 'ask-care-team'],
          text: 'Los tumores residuales de las mujeres negras tendían a tener más puertas. Una relación vista en muchas mujeres no dice qué le pasará a una mujer en particular. ¿Es usted una mujer negra y esto le preocupa? Pregunte a su equipo de atención médica qué significa para usted.',
        },
        {
          facts: ['pierce-view', 'later-study-no-before'],
          text: 'Le pidieron a Lori Pierce, de la Universidad de Michigan, que comentara este trabajo. Señaló que no tenía conteos de puertas de antes de la quimio. También dijo que los estudios clínicos aleatorizados grandes muestran resultados iguales en los dos casos.',
        },
      ],
      question: '¿Debería pedir que cuenten mis puertas después de la quimio?',
      answer: {
        facts: ['guideline-doorway-test', 'no-test-to-ask-for', 'ask-care-team'],
        text: 'El conteo de puertas es una prueba de investigación, no parte de la atención habitual. Si quiere saber más sobre su tumor residual, pregunte a su equipo de atención médica.',
      },
    },
  },
  '974ef8981f2271ad29b4241fa218c0a890c9e5c70a6f15a978cdae0571a67c12',
);
