import en from '../check-your-understanding.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'teach-back',
    id: 'check-your-understanding',
    title: 'Repasemos lo que entendió',
    sources: ['karagiannis2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
    body: [
      { type: 'paragraph', text: 'Para saber si lo explicamos bien, díganos con sus propias palabras:' },
      {
        type: 'list',
        style: 'numbered',
        stepwise: true,
        items: [
          '¿Dónde se hizo la mayor parte de este estudio?',
          '¿Qué observó el estudio en unas 20 mujeres?',
          '¿Qué encontraron los estudios grandes sobre la quimio antes o después de la cirugía?',
          '¿Debería cambiar su tratamiento por este estudio?',
        ],
      },
    ],
    notes: {
      say: [
        'Veamos si expliqué las cosas con claridad. Esto mide qué tan bien lo expliqué yo, no a ustedes.',
        'Vaya pregunta por pregunta, y deje que las personas respondan con sus propias palabras. Si una respuesta no es correcta, explique esa parte otra vez de otra manera.',
        {
          facts: ['study-mostly-mice', 'women-count', 'women-markers-only', 'trials-deaths', 'keep-to-plan'],
          text: 'Buenas respuestas: la mayor parte fue en ratones. En unas 20 mujeres, estudió pedacitos de tumor con un microscopio. Los estudios grandes encontraron casi la misma supervivencia en los dos casos. Y no, no cambie su tratamiento por su cuenta.',
        },
      ],
      question: '¿Qué pasa si me equivoqué en una?',
      answer: 'Eso significa que necesito explicarla mejor. Repasemos esa parte juntos otra vez.',
    },
  },
  '9114a3d554bab0f1b827c081f03c47c1bc4d0562be2d79af16a2cf39f310890e',
);
