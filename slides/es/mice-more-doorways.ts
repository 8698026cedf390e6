import en from '../mice-more-doorways.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'mice-more-doorways',
    title: 'En ratones: la quimio frenó los tumores, pero produjo más puertas',
    evidence: 'mouse-study',
    sources: ['karagiannis2017', 'figureLegends2017', 'oncologynews2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
    body: [
      {
        type: 'paragraph',
        facts: ['mice-models', 'mice-chemo'],
        text: ['Se usaron ratones con tumores de mama. Algunos recibieron ', { term: 'paclitaxel', define: true }, ', una quimio común; otros, nada.'],
      },
      {
        id: 'mouse-findings',
        type: 'list',
        stepwise: true,
        items: [
          { facts: ['mice-slower-growth'], text: 'En ratones, el paclitaxel frenó el crecimiento del tumor: la quimio funcionó.' },
          { facts: ['mice-more-doorways'], text: 'Pero en estos ratones, también produjo más puertas.' },
          { facts: ['mice-more-doorways'], text: 'Más células inmunitarias de las puertas se juntaron cerca de los vasos en estos ratones.' },
        ],
      },
    ],
    notes: {
      say: [
        {
          facts: ['study-question', 'study-mostly-mice'],
          text: 'Ahora, cómo la quimio podría afectar la propagación. La mayor parte de este estudio se hizo en ratones. Lo que pasa en ratones puede no pasar en personas.',
        },
        { facts: ['mice-models'], text: 'El equipo usó tres tipos de ratones con tumores de mama. En un tipo, los tumores venían de una paciente y crecieron en ratones.' },
        {
          facts: ['mice-chemo', 'mice-watching'],
          text: 'Algunos ratones recibieron un medicamento común de quimio llamado paclitaxel, y otros no recibieron nada. El equipo observó los tumores dentro de ratones vivos con un microscopio especial.',
        },
        {
          facts: ['mice-slower-growth', 'mice-more-doorways'],
          text: 'Este es el primer resultado. En ratones, el paclitaxel frenó el crecimiento del tumor, así que la quimio hizo su trabajo contra el tumor. Pero en estos ratones, la quimio también produjo más puertas.',
        },
        { facts: ['mice-more-doorways'], text: 'Más de las células inmunitarias que ayudan a formar puertas se juntaron junto a los vasos sanguíneos de estos ratones.' },
        { facts: ['mice-no-numbers'], text: 'Aquí no damos números exactos de ratones. No pudimos compararlos con el artículo completo.' },
      ],
      short: {
        say: [
          {
            facts: ['study-mostly-mice', 'mice-chemo', 'mice-slower-growth', 'mice-more-doorways'],
            text: 'La mayor parte de este estudio se hizo en ratones con tumores de mama. Algunos ratones recibieron paclitaxel, un medicamento común de quimio. En estos ratones, la quimio frenó el crecimiento del tumor, pero también produjo más puertas.',
          },
        ],
      },
      question: '¿Esto significa que mi quimio está produciendo más puertas?',
      answer: {
        facts: ['mice-more-doorways', 'women-markers-only', 'trials-deaths'],
        text: 'Este estudio no puede responder eso para usted. Las puertas adicionales después de la quimio se vieron en ratones. En mujeres, solo midió señales en el tejido. Los estudios grandes encontraron casi la misma supervivencia en los dos casos.',
      },
    },
  },
  'be1564e1efe8d7a1cb32ceba95b73dccdcb17ecfd859070b669502f93ccf2672',
);
