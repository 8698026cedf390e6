import en from '../other-experts.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'other-experts',
    title: 'Lo que dijeron otros expertos, y quién podría beneficiarse',
    evidence: ['expert-opinion', 'background'],
    sources: ['esserman2017', 'mdedgePierce', 'telegraph2017', 'oncologynews2017', 'patent2018', 'metastat2017', 'karagiannis2017', 'stat2017', 'korde2021'],
    body: [
      {
        id: 'voices',
        type: 'list',
        stepwise: true,
        items: [
          { facts: ['esserman-letter'], text: 'Laura Esserman y otros 10 escribieron a la revista.' },
          { facts: ['esserman-letter'], text: 'Pidieron no decir que la quimio causa propagación en pacientes.' },
          { facts: ['lead-author-advice', 'keep-to-plan'], text: 'El investigador principal dijo que las pacientes no eviten la quimio.' },
          { facts: ['study-patent'], text: ['Su facultad pidió una ', { term: 'patent', define: true }, ' (un derecho legal) para bloquear puertas.'] },
          { facts: ['study-company-test'], text: 'El estudio usó la prueba de una compañía.' },
        ],
      },
    ],
    notes: {
      say: [
        {
          facts: ['esserman-letter'],
          text: '¿Qué dijeron otros expertos? La doctora Laura Esserman, de la Universidad de California en San Francisco, y otras 10 personas escribieron a la revista. Dijeron que el estudio no debía presentarse como si la quimio causara propagación en pacientes.',
        },
        {
          facts: ['pierce-view'],
          text: 'Lori Pierce es de la Universidad de Michigan. Dijo que los estudios clínicos aleatorizados grandes muestran resultados iguales en los dos casos. No querría que se desanime a las mujeres que necesitan la quimio primero.',
        },
        {
          facts: ['lead-author-advice', 'study-lead-author', 'keep-to-plan'],
          text: 'El investigador principal del estudio fue el doctor George Karagiannis. Él dijo a los periodistas que las pacientes no deben evitar la quimio por estos resultados.',
        },
        { facts: ['other-view-important'], text: 'No todos fueron críticos: otro investigador dijo que el trabajo era importante.' },
        {
          facts: ['lead-author-idea', 'guideline-mid-chemo'],
          text: 'El investigador principal sugirió revisar el tejido del tumor a mitad de la quimio. Es una idea para probar en estudios futuros, no una prueba para pedir.',
        },
        {
          facts: ['study-team', 'study-patent'],
          text: 'También es justo preguntar quién podría beneficiarse. El estudio lo dirigió la Facultad de Medicina Albert Einstein, en Nueva York. En 2018, la facultad pidió una patente sobre medicamentos que bloquean las puertas, con dos líderes del estudio como inventores.',
        },
        {
          facts: ['study-company-test', 'study-funding'],
          text: 'El estudio también usó la prueba de puertas de una compañía. Estos vínculos no hacen que los resultados sean incorrectos, pero vale la pena saberlos. No pudimos confirmar quién pagó el estudio.',
        },
      ],
      short: {
        say: [
          {
            facts: ['esserman-letter', 'pierce-view'],
            text: 'Otros expertos no estuvieron de acuerdo con cómo se contó el estudio. La doctora Laura Esserman y otras 10 personas escribieron a la revista. Dijeron que no debía presentarse como si la quimio causara propagación en pacientes.',
          },
          { facts: ['lead-author-advice', 'keep-to-plan'], text: 'El propio investigador principal del estudio dijo que las pacientes no deben evitar la quimio por estos resultados.' },
          {
            facts: ['study-patent', 'study-company-test'],
            text: '¿Y quién podría beneficiarse? La facultad de los investigadores pidió una patente sobre medicamentos que bloquean las puertas. Y el estudio usó la prueba de una compañía. Estos vínculos no hacen que los resultados sean incorrectos, pero vale la pena saberlos.',
          },
        ],
      },
      question: '¿La patente significa que los investigadores no eran imparciales?',
      answer: { facts: ['study-patent'], text: 'No necesariamente. Pero es una razón para mirar la evidencia con cuidado, que es lo que hacemos hoy.' },
    },
  },
  '61ca4ed09167f82e61b7ba238158b7657fbedb7d28e8f2c4bf9c96e901a4a893',
);
