import en from '../references.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'sources',
    id: 'references',
    title: 'Fuentes',
    sources: [],
    body: [
      {
        type: 'references',
        ids: ['karagiannis2017', 'figureLegends2017', 'ebctcg2018', 'rastogi2008', 'nsabpB18', 'chavez2016', 'korde2021', 'stgallen2017', 'montefiore2024', 'rohan2014', 'kim2023'],
      },
    ],
    notes: {
      say: [
        'Todo lo que decimos en esta charla viene de estas fuentes. Los números al pie de cada diapositiva remiten a esta lista. La vista de lectura y el folleto dan las fuentes completas, con enlaces.',
      ],
      question: '¿Puedo leer el estudio por mi cuenta?',
      answer: 'Sí. Los enlaces están en la vista de lectura y en el folleto. Un bibliotecario o su equipo de atención médica pueden ayudarle a encontrarlo y leerlo.',
    },
  },
  '7697fe5df74c3db5f41e999a1522fb0d3076f0f84990313d231f52a579ea7970',
);
