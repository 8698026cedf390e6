import en from '../what-is-a-tmem-doorway.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'what-is-a-tmem-doorway',
    title: 'Dónde entran a la sangre las células de cáncer: las puertas TMEM',
    facts: ['tmem-doorway'],
    evidence: 'background',
    sources: ['borriello2020', 'medicalxpress2017', 'korde2021'],
    layout: 'split',
    body: [
      { type: 'paragraph', facts: ['spread-steps'], text: ['La propagación a otros órganos se llama ', { term: 'metastasis', define: true }, '.'] },
      {
        id: 'doorway',
        type: 'paragraph',
        facts: ['tmem-doorway'],
        text: ['Una ', { term: 'tmem', define: true }, ' («microambiente tumoral de metástasis») es un lugar donde se tocan tres células. Las células de cáncer pueden entrar a la sangre ahí.'],
      },
      {
        type: 'figure',
        src: 'tmem-doorway.svg',
        facts: ['tmem-doorway'],
        alt: 'Un dibujo de una puerta. Una célula de cáncer y una célula inmunitaria tocan la pared de un vaso sanguíneo en un punto.',
        caption: ['La célula inmunitaria se llama ', { term: 'macrophage', define: true }, '.'],
      },
    ],
    notes: {
      say: [
        {
          facts: ['spread-steps'],
          text: '¿Cómo podría la quimio afectar la propagación? Las células de cáncer salen del tumor y entran a un vaso sanguíneo. La sangre puede llevarlas a otro órgano, como los pulmones.',
        },
        { facts: ['spread-steps'], text: 'Los médicos llaman a eso metástasis. Este estudio trató de un paso: las células de cáncer que entran a la sangre.' },
        {
          facts: ['tmem-doorway'],
          text: 'El estudio trata de lugares muy pequeños en un tumor, llamados puertas TMEM. Les diremos solo puertas. Ahí se tocan tres células: una de cáncer, una inmunitaria llamada macrófago, y una de la pared del vaso.',
        },
        {
          facts: ['tmem-entry'],
          text: 'En animales, la célula inmunitaria y la célula de cáncer abrieron un poco la pared del vaso por un rato. En estos animales, las células de cáncer se metieron a la sangre ahí.',
        },
        { facts: ['tmem-in-tissue'], text: 'Las puertas son muy pequeñas. Solo se ven en el tejido del tumor con un microscopio. No están en la sangre, y ninguna prueba de sangre las cuenta.' },
      ],
      short: {
        say: [
          {
            facts: ['tmem-doorway'],
            text: 'El estudio trata de lugares muy pequeños en un tumor, llamados puertas TMEM. Ahí se tocan tres células: una célula de cáncer, una célula inmunitaria y una célula de la pared del vaso.',
          },
          { facts: ['tmem-entry'], text: 'En animales, las células de cáncer entraron a la sangre por estas puertas.' },
          { facts: ['tmem-in-tissue'], text: 'Las puertas solo se ven en el tejido del tumor con un microscopio. No están en la sangre.' },
        ],
      },
      question: '¿Tengo estas puertas en mi tumor?',
      answer: {
        facts: ['guideline-doorway-test', 'ask-care-team'],
        text: 'Contar puertas no es parte de la atención habitual, así que sus informes no las mostrarán. Su equipo de atención médica puede explicarle lo que mostraron sus propias pruebas.',
      },
    },
  },
  'a32e7971f9eda78704f3e0833e3607ce8d978326aa19de3788794b41de9de3f6',
);
