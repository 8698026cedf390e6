import en from '../large-trials.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'large-trials',
    title: 'Estudios grandes en personas',
    evidence: 'randomized-trials',
    sources: ['ebctcg2018', 'mdedgePierce'],
    body: [
      {
        id: 'trials-chart',
        type: 'chart',
        facts: ['trials-design', 'ask-why-order'],
        alt: [
          'Se propagó a otros órganos: ',
          { num: 'trials-spread.chemoFirst' },
          ' en los dos casos. Volvió en el seno o cerca: ',
          { num: 'trials-local.chemoFirst' },
          ' con quimio primero, ',
          { num: 'trials-local.surgeryFirst' },
          ' con cirugía primero. Conservaron el seno: ',
          { num: 'trials-breast.chemoFirst' },
          ' con quimio primero, ',
          { num: 'trials-breast.surgeryFirst' },
          ' con cirugía primero.',
        ],
        caption: [
          'De 10 ',
          { term: 'randomizedTrial', text: 'estudios clínicos aleatorizados', define: true },
          ': el azar decidió quién recibió la quimio primero. Lleve estos números cuando pregunte por qué le eligieron quimio primero, o cirugía primero.',
        ],
        unit: 'per-100',
        series: ['Quimio primero', 'Cirugía primero'],
        rows: [
          { label: 'Se propagó a otros órganos', fact: 'trials-spread', values: ['chemoFirst', 'surgeryFirst'] },
          { label: 'Volvió en el seno o cerca', fact: 'trials-local', values: ['chemoFirst', 'surgeryFirst'] },
          { label: 'Conservaron el seno', fact: 'trials-breast', values: ['chemoFirst', 'surgeryFirst'] },
        ],
        denominator: ['Por cada 100 mujeres, de ', { num: 'trials-design.women' }, ' en ', { num: 'trials-design.trials' }, ' estudios. Propagación y regreso: en ', { num: 'trials-spread.years' }, ' años.'],
      },
    ],
    notes: {
      say: [
        {
          facts: ['trials-design'],
          text: [
            'Esta es la evidencia más fuerte que tenemos sobre personas. Un grupo de investigación reunió ',
            { num: 'trials-design.trials' },
            ' estudios clínicos aleatorizados con ',
            { num: 'trials-design.women' },
            ' mujeres. En cada estudio, el azar decidió quién recibió la quimio antes de la cirugía. Las demás recibieron la misma quimio después.',
          ],
        },
        {
          facts: ['trials-spread'],
          text: ['Arriba: a los ', { num: 'trials-spread.years' }, ' años, el cáncer se propagó a otros órganos en unas ', { num: 'trials-spread.chemoFirst' }, ' mujeres. Fue igual si la quimio fue primero o después.'],
        },
        {
          facts: ['trials-local'],
          text: ['En medio: el cáncer volvió en el mismo seno o cerca un poco más a menudo con la quimio primero. Fueron unas ', { num: 'trials-local.chemoFirst' }, ' mujeres, frente a ', { num: 'trials-local.surgeryFirst' }, ' con la cirugía primero.'],
        },
        {
          facts: ['trials-breast'],
          text: ['Fila de abajo: con la quimio primero, ', { num: 'trials-breast.chemoFirst' }, ' mujeres conservaron el seno. Con la cirugía primero, ', { num: 'trials-breast.surgeryFirst' }, ' lo conservaron.'],
        },
        { facts: ['trials-deaths'], text: 'Las muertes por cáncer de mama fueron casi iguales en los dos casos.' },
        { facts: ['ask-why-order'], text: 'Usted puede usar esta gráfica. Lleve estos números a su próxima cita, y pregunte por qué le eligieron quimio primero, o cirugía primero.' },
      ],
      short: {
        say: [
          {
            facts: ['trials-design', 'trials-spread', 'trials-deaths'],
            text: [
              'Esta es la evidencia más fuerte sobre personas: ',
              { num: 'trials-design.trials' },
              ' estudios clínicos aleatorizados con ',
              { num: 'trials-design.women' },
              ' mujeres. El azar decidió quién recibió la quimio antes de la cirugía. La propagación a otros órganos y las muertes por cáncer de mama fueron casi iguales en los dos casos.',
            ],
          },
          {
            facts: ['trials-local', 'trials-breast'],
            text: [
              'Con la quimio primero, el cáncer volvió cerca en ',
              { num: 'trials-local.chemoFirst' },
              ' mujeres, frente a ',
              { num: 'trials-local.surgeryFirst' },
              '. Pero ',
              { num: 'trials-breast.chemoFirst' },
              ' conservaron el seno, frente a ',
              { num: 'trials-breast.surgeryFirst' },
              '.',
            ],
          },
          { facts: ['ask-why-order'], text: 'Lleve estos números cuando pregunte por qué le eligieron quimio primero, o cirugía primero.' },
        ],
      },
      question: '¿Por qué el cáncer volvió cerca más a menudo con la quimio primero?',
      answer: {
        facts: ['trials-local', 'ask-care-team'],
        text: 'Los estudios muestran la diferencia, pero estos números por sí solos no la explican. Su equipo de atención médica puede decirle qué significa para su propio plan de tratamiento.',
      },
    },
  },
  '66399a6587b83a99dc90f182601f1066fc5bfb94a93a73d9f8eb7df08b63537b',
);
