import en from '../what-the-trials-mean.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'what-the-trials-mean',
    title: 'Lo que los estudios pueden y no pueden decirnos',
    evidence: 'randomized-trials',
    sources: ['ebctcg2018', 'mdedgePierce', 'rastogi2008', 'nsabpB18'],
    body: [
      {
        id: 'trial-limits',
        type: 'list',
        items: [
          { facts: ['trials-spread', 'trials-deaths'], text: 'Propagación y muertes por cáncer de mama: casi iguales en los dos casos.' },
          { facts: ['trials-local', 'trials-breast'], text: 'Con la quimio primero, el cáncer volvió cerca algo más, pero más mujeres conservaron el seno.' },
          { facts: ['trials-era'], text: 'Los estudios fueron de 1983 a 2002, con medicamentos más antiguos.' },
        ],
      },
      { type: 'callout', tone: 'key-point', facts: ['trials-era'], text: 'Aun así, son la mejor evidencia sobre propagación y supervivencia.' },
    ],
    notes: {
      say: [
        {
          facts: ['trials-spread', 'trials-deaths'],
          text: '¿Qué nos dicen estos estudios? Con la quimio antes o después de la cirugía, el cáncer se propagó a otros órganos con la misma frecuencia. Las muertes por cáncer de mama también fueron casi iguales.',
        },
        {
          facts: ['trials-local', 'trials-breast'],
          text: 'Hubo una ventaja y una desventaja. Con la quimio primero, el cáncer volvió en el mismo seno o cerca un poco más a menudo. Pero más mujeres pudieron conservar el seno.',
        },
        {
          facts: ['b18-design', 'b18-survival', 'b18-conclusion'],
          text: [
            'Un estudio grande, llamado B-18, muestra lo mismo. En él, ',
            { num: 'b18-design.before' },
            ' mujeres recibieron quimio antes de la cirugía y ',
            { num: 'b18-design.after' },
            ' la recibieron después. Después de ',
            { num: 'b18-survival.years' },
            ' años, seguían vivas unas ',
            { num: 'b18-survival.chemoFirst' },
            ' mujeres con la quimio primero. Con la cirugía primero, fueron ',
            { num: 'b18-survival.surgeryFirst' },
            '.',
          ],
        },
        {
          facts: ['trials-era'],
          text: [
            'Estos estudios tienen límites. Las mujeres participaron entre ',
            { num: 'trials-era.from' },
            ' y ',
            { num: 'trials-era.to' },
            '. La mayor parte de la quimio era de una familia de medicamentos más antigua. No era el medicamento principal del estudio en ratones. Aun así, son la mejor evidencia que tenemos sobre propagación y supervivencia.',
          ],
        },
      ],
      short: {
        say: [
          {
            facts: ['trials-era'],
            text: [
              'Estos estudios tienen límites. Las mujeres participaron entre ',
              { num: 'trials-era.from' },
              ' y ',
              { num: 'trials-era.to' },
              ', así que los medicamentos eran más antiguos. Aun así, son la mejor evidencia que tenemos sobre propagación y supervivencia.',
            ],
          },
        ],
      },
      question: '¿Estos estudios significan que la quimio antes de la cirugía es lo correcto para mí?',
      answer: {
        facts: ['trials-spread', 'trials-deaths', 'ask-why-order'],
        text: 'En miles de mujeres, el orden no cambió la propagación ni la supervivencia. Su equipo de atención médica puede explicarle por qué le eligieron quimio primero, o cirugía primero.',
      },
    },
  },
  '999ee3208732661b54195603b3e7b95516021dfadea92ba71a324cc15e956b30',
);
