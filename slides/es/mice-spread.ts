import en from '../mice-spread.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'mice-spread',
    title: 'En ratones: más cáncer en sangre y pulmones',
    evidence: ['mouse-study', 'background'],
    sources: ['karagiannis2017', 'figureLegends2017', 'metastat2017', 'oncologynews2017', 'montefiore2024', 'medicalxpress2017', 'borriello2020'],
    body: [
      {
        id: 'spread-findings',
        type: 'list',
        stepwise: true,
        items: [
          { facts: ['mice-leaky-doorways'], text: 'En ratones con quimio, los vasos soltaron más líquido en las puertas.' },
          { facts: ['mice-blood-and-lungs'], text: 'Estos ratones tenían más células de cáncer en sangre y pulmones.' },
          { facts: ['mice-blocked'], text: ['En ratones, el medicamento experimental ', { term: 'rebastinib', define: true }, ' bloqueó esta propagación extra.'] },
          { facts: ['mice-blocked', 'mena-protein'], text: 'En ratones, quitar Mena (una proteína que mueve células) también la bloqueó.' },
        ],
      },
      { id: 'mice-only', type: 'callout', tone: 'caveat', facts: ['study-mostly-mice'], text: 'Todo fue en ratones.' },
    ],
    notes: {
      say: [
        {
          facts: ['mice-leaky-doorways'],
          text: 'El segundo resultado, otra vez en ratones. En los ratones que recibieron quimio, las puertas estaban más activas. Los vasos sanguíneos de estos ratones dejaban salir más líquido en las puertas.',
        },
        {
          facts: ['mice-blood-and-lungs', 'mice-other-drugs'],
          text: 'Estos ratones tenían más células de cáncer en la sangre, y más cáncer se propagó a sus pulmones. En ratones, otros dos medicamentos de quimio dieron resultados parecidos.',
        },
        { facts: ['rebastinib-what'], text: 'Luego el equipo trató de bloquear las puertas. El rebastinib es un medicamento experimental que bloquea una señal que usan las células inmunitarias de las puertas.' },
        { facts: ['mice-blocked'], text: 'En ratones, el rebastinib detuvo la propagación adicional después de la quimio. En ratones, también la detuvo quitar Mena, una proteína que ayuda a las células de cáncer a moverse.' },
        { facts: ['mice-no-numbers', 'women-no-rebastinib'], text: 'No damos conteos exactos de estos resultados en ratones, porque no pudimos verificarlos. Y el rebastinib no se les dio a las mujeres de este estudio.' },
      ],
      short: {
        say: [
          { facts: ['mice-leaky-doorways', 'mice-blood-and-lungs'], text: 'En los ratones que recibieron quimio, las puertas estaban más activas. Estos ratones tenían más células de cáncer en la sangre, y más propagación a los pulmones.' },
          { facts: ['mice-blocked', 'rebastinib-what'], text: 'En ratones, un medicamento experimental llamado rebastinib detuvo esta propagación adicional. Todo esto fue en ratones.' },
        ],
      },
      question: '¿Esto también les pasó a las mujeres del estudio?',
      answer: {
        facts: ['women-markers-only'],
        text: 'Este estudio no puede decírnoslo. En las mujeres, solo midió señales en el tejido del tumor. No mostró si su cáncer se propagó, ni cuánto tiempo vivieron.',
      },
    },
  },
  'd2f8a9241f22b0c2004457ea1f15778bd6c76e56cf40d2b7e8e7163cb1cb1924',
);
