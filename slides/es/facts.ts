// The fact registry's patterns in Spanish: for every English fact that has them, what its
// comparison measures, what its numbers measure, and its known wrong phrasings, in the same
// places (typed from slides/facts/: an English pattern without its Spanish one does not compile).
// The facts themselves (who, which numbers, causal or not, sources) are the English registry's.
//
// Every pattern is matched on Spanish text as the checker reads it: NFC, accents taken off (ñ
// kept), quotations masked, case ignored, with the checker's word edges (src/model/word-edge.ts;
// never \b, which is ASCII-only in JavaScript and splits "provocó"). `w()` builds them so, and
// folds the pattern's own accents, so a pattern may be written with or without them. Draft lists
// (research §5.2 is from knowledge, not from a source): the translator and the clinical reviewer
// confirm them.

import { foldAccents } from '../../src/model/fold.ts';
import type { FactPatterns } from '../../src/model/facts.ts';
import { EDGE_AFTER as AFTER, EDGE_BEFORE as BEFORE } from '../../src/model/word-edge.ts';
import type { facts } from '../facts/index.ts';

/** A pattern with Unicode word edges around it, case-insensitive, its accents folded. */
const w = (source: string, flags = 'iu'): RegExp => new RegExp(`${BEFORE}(?:${foldAccents(source)})${AFTER}`, flags);
/** A pattern as written (no word edges added): one anchored at the start (^) reads the whole sentence. */
const raw = (source: string, flags: string): RegExp => new RegExp(foldAccents(source), flags);
/** Several alternatives, each a whole-word pattern. */
const any = (...alternatives: readonly string[]): RegExp => w(alternatives.join('|'));

// Shared pieces, as in the English fact files.
const CHEMO = String.raw`quimio\w*`;
const SPREAD = any(String.raw`propag\w*`, String.raw`disemin\w*`, String.raw`metasta\w*`, String.raw`otros\s+organos`, 'a\\s+distancia', String.raw`se\s+extend\w*`);
const NEARBY = any(String.raw`volv\w*`, String.raw`regres\w*`, 'cerca', String.raw`recurr\w*`, String.raw`recaid\w*`, String.raw`local\w*`, String.raw`mismo\s+seno`, String.raw`misma\s+mama`);
const KEPT = any(String.raw`conserv\w*`, String.raw`mantuv\w*`, String.raw`guardar\w*`, String.raw`tumorectomi\w*`, String.raw`sin\s+quitar\s+el\s+seno`);
const SURVIVAL = any(String.raw`sobreviv\w*`, String.raw`supervivencia`, String.raw`sobrevida`, String.raw`muert\w*`, String.raw`muri\w*`, String.raw`morir\w*`, String.raw`viv[ao]s?`, String.raw`vivi\w*`, String.raw`mortalidad`);
const DIFFERENCE_HARM = any('peligros\\w*', 'arriesgad\\w*', 'mas\\s+riesgos\\w*', 'insegur\\w*', 'dañin\\w*', 'perjudicial\\w*', 'peor(?:es)?', 'mas\\s+segur\\w*', 'mas\\s+mortal\\w*');

const NEW_STUDY = any(
  String.raw`(?:nuev[oa]s?|recientes?|ultim[oa]s?|novedos[oa]s?)\s+(?:estudios?|investigacion(?:es)?|articulos?|hallazgos?|datos|resultados?|evidencias?)`,
  String.raw`(?:estudios?|investigacion(?:es)?|articulos?|hallazgos?|datos|resultados?)\s+(?:nuev[oa]s?|recientes?|novedos[oa]s?)`,
  String.raw`(?:es|era|son|eran)\s+(?:un\s+)?(?:estudio\s+)?nuev[oa]s?`,
  String.raw`(?:publicad[oa]|salio)\s+(?:este|el\s+ano\s+pasado|el\s+mes\s+pasado)`,
  String.raw`nuev[oa]\s+en\s+2025`,
);
const JOURNAL = w(String.raw`(?:[Ee]studio|[Aa]rticulo)[^.;]*(?:publicad[oa]|salio|aparecio)\s+en\s+(?:la\s+revista\s+)?(?!Science\s+Translational|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|\d|\p{Ll})\p{Lu}\p{L}*`, 'u');

const IN_BLOOD = any(
  String.raw`(?:en|dentro\s+de|circula\w*\s+en|flota\w*\s+en|se\s+encuentran?\s+en|viaja\w*\s+en)\s+(?:la\s+|su\s+)?(?:sangre|torrente\s+sanguineo|venas?)`,
  String.raw`pruebas?\s+de\s+sangre`,
  String.raw`analisis\s+de\s+sangre`,
  String.raw`muestras?\s+de\s+sangre`,
);
const IN_BLOOD_ANYWHERE = any(
  String.raw`(?:puertas?|tmems?)\s+(?:(?!y\b|celulas?\b)[\p{L}]+\s+){0,5}?(?:en|dentro\s+de)\s+(?:la\s+|su\s+)?(?:sangre|torrente\s+sanguineo|venas?)`,
  String.raw`(?:puertas?|tmems?)[^.;]*(?:pruebas?|analisis|muestras?)\s+de\s+sangre`,
  String.raw`(?:pruebas?|analisis|muestras?)\s+de\s+sangre[^.;]*(?:puertas?|tmems?)`,
);

const AVAILABLE = any(
  String.raw`aprobad[oa]s?`,
  String.raw`disponibles?`,
  String.raw`(?:en|a\s+la\s+venta\s+en)\s+(?:el\s+mercado|las\s+farmacias)`,
  String.raw`farmacias?`,
  String.raw`recet\w*`,
  String.raw`se\s+puede\s+(?:conseguir|tomar|recibir|pedir)`,
  String.raw`puede\s+(?:conseguir|tomar|recibir)`,
  String.raw`(?:pronto|el\s+proximo\s+ano|ya)\s+(?:estara|esta|llegara)`,
  String.raw`tratamiento\s+(?:estandar|habitual|de\s+rutina)`,
  String.raw`comprobad[oa]`,
  String.raw`previene\w*`,
  String.raw`cura\w*`,
  String.raw`detiene\s+el\s+cancer`,
  String.raw`funciona\w*\s+en\s+(?:personas|mujeres|pacientes)`,
  String.raw`estudios?\s+grandes?`,
  String.raw`fase\s+(?:2|3|II|III)`,
  String.raw`autorizad[oa]`,
  String.raw`lo\s+cubre\w*`,
  String.raw`cubiert[oa]\s+por`,
  String.raw`seguros?\s+medicos?`,
  String.raw`reduce\s+(?:el|los)\s+tumor\w*`,
  String.raw`eficaz\w*`,
  String.raw`efectiv[oa]s?`,
);
const REBASTINIB_AVAILABLE = w(String.raw`rebastinib[^.;]*(?:${AVAILABLE.source})|(?:${AVAILABLE.source})[^.;]*rebastinib`);

const ROUTINE_WORDS = String.raw`(?:(?:de\s+)?rutina|rutinari\w*|habitual(?:es|mente)?|estandar|recomendad[oa]s?|se\s+recomienda\w*|normalmente|comunmente|parte\s+(?:de\s+la\s+)?(?:atencion|rutina)\s+(?:habitual|normal)|ahora\s+se\s+(?:usa|cuenta|revisa|hace)\w*|se\s+usa\w*\s+para\s+(?:elegir|decidir|guiar|planear)|usa\w*\s+(?:\S+\s+){0,4}para\s+(?:elegir|decidir|guiar|planear)|guia\w*\s+el\s+tratamiento|(?:los\s+)?(?:medicos|clinicas|hospitales|oncologos)\s+(?:ya\s+|ahora\s+|suelen\s+)?(?:cuentan|revisan|miden|piden|ordenan|usan)|(?:se\s+)?puede(?:n)?\s+(?:pedir|ordenar|conseguir|solicitar|pagar|comprar)|pida|pidale|cubiert[oa]\s+por\s+(?:el\s+)?seguro|cuesta\w*|costo\w*|\$\s?\d+)`;
const TEST_WORDS = String.raw`(?:puertas?|tmem|conteos?|pruebas?|biopsias?|muestras?|puntajes?)`;
const ROUTINE = w(String.raw`${TEST_WORDS}[^.;]*${ROUTINE_WORDS}|${ROUTINE_WORDS}[^.;]*${TEST_WORDS}`);

const DELAY_BEFORE = any(String.raw`${CHEMO}\s+(?:dada\s+)?antes\s+de\s+(?:la\s+|su\s+)?(?:cirugia|operacion)`, String.raw`neoadyuvante\w*`, String.raw`antes\s+de\s+su\s+(?:cirugia|operacion)`);

const DRUG_ORDER = any(
  String.raw`(?:paclitaxel|taxol|doxorrubicina|doxorubicina|ciclofosfamida|AC)[^.;]*?(?:luego|despues|seguid[oa]s?\s+de|antes|primero|mas\s+tarde)[^.;]*?(?:paclitaxel|taxol|doxorrubicina|doxorubicina|ciclofosfamida|AC)`,
  String.raw`(?:primero|luego)\s+(?:el\s+|la\s+)?(?:paclitaxel|taxol|doxorrubicina|doxorubicina|ciclofosfamida)`,
);

export const factWords = {
  'study-published': {
    // This study's year: not "un estudio publicado en 2014" or "otro estudio" (another study, its own fact).
    numbers: { year: any(String.raw`(?<!(?:un|otro|otra|una)\s+)(?:estudio|articulo)\s+(?:[\p{L}]+\s+)?(?:salio|se\s+publico|fue\s+publicad[oa]|aparecio|publicad[oa])`) },
    mustNotSay: [NEW_STUDY, JOURNAL],
  },
  'study-scope': {
    mustNotSay: [
      any(String.raw`cancer(?:es)?\s+de\s+(?:pulmon|colon|recto|pancreas|prostata|ovario|piel|cerebro|higado|estomago|vejiga|riñon)`, String.raw`cancer(?:es)?\s+(?:colorrectal|pancreatico|prostatico|ovarico|cerebral|hepatico|gastrico)`, String.raw`otr[oa]s\s+(?:tipos|clases|formas)\s+de\s+cancer`),
      any(String.raw`(?:tod[oa]s?\s+(?:l[oa]s\s+)?|cualquier\s+|cada\s+)(?:tipos?\s+de\s+|formas?\s+de\s+|clases?\s+de\s+)?(?:quimio\w*|cancer(?:es)?|tumor(?:es)?|medicamentos?\s+contra\s+el\s+cancer|tratamientos?\s+(?:contra|para)\s+el\s+cancer)`),
    ],
  },
  'study-team': {
    mustNotSay: [
      // Case-sensitive on purpose, as in English: a named place (capital letter) that is not one of the study's.
      w(String.raw`(?:[Hh]ech[oa]|[Rr]ealizad[oa]|[Dd]irigid[oa]|[Ll]levad[oa]\s+a\s+cabo|[Ii]nvestigadores|[Cc]ientificos|[Ee]quipo)\s+(?:en|por|de)\s+(?:la\s+|el\s+)?(?!Albert\b|Einstein\b|Montefiore\b|Weill\b|Facultad\s+de\s+Medicina\s+Albert)\p{Lu}\p{L}+`, 'u'),
      w(String.raw`(?:estudio|articulo|investigacion)\s+(?:de\s+2017|en\s+ratones)?[^.;]*(?:en|por|de)\s+(?:la\s+|el\s+)?(?:Clinica\s+)?(?:Mayo|Harvard|Johns\s+Hopkins|Stanford|MD\s+Anderson|Sloan|Dana[-\s]Farber|Yale|Michigan|Oxford|Cambridge)`),
    ],
  },
  'study-lead-author': {
    mustNotSay: [
      w(String.raw`Condeelis[^.;]*(?:primer\s+autor|autor\s+principal)|(?:Pierce|Esserman|Prasad|Anampa|Aguirre\S*)[^.;]*(?:uno\s+de\s+los\s+autores|una\s+de\s+las\s+autoras|coautor\w*|primer[oa]?\s+autor\w*|autor[a]?\s+principal|autor[a]?\s+senior)`),
      w(String.raw`(?:Anampa|Esserman|Pierce|Prasad|Oktay|Sparano)[^.;]*(?:dirigio|escribio|hizo|diseño|realizo|llevo\s+a\s+cabo|fue\s+(?:la\s+|el\s+)?autor[a]?\s+principal\s+de)\s+(?:el\s+)?(?:estudio\s+)?(?:de\s+2017|original|en\s+ratones)`),
    ],
  },
  'news-left-out': {
    // The verbs with word edges of their own: "dio" is not the end of "estudio".
    mustNotSay: [
      w(String.raw`(?:articulo|noticia|titular|informe|sitio|cobertura|nota|historia)[^.;]*(?<![\p{L}])(?:explic\w*|describ\w*|mencion\w*|cubri\w*|inclu\w*|habl\w*\s+de|señal\w*|cit\w*|reconoc\w*|aclar\w*|dej\w*\s+claro|tranquiliz\w*|agreg\w*|añadi\w*|dio|da)(?![\p{L}])[^.;]*(?:ensayos?|estudios\s+(?:grandes|clinicos)|critic\w*|expertos?|carta|guias?|consejos?|rebastinib|experimental|(?:de|desde)\s+2017|(?:salio|se\s+publico)\s+en\s+2017|sobrante|residual|paclitaxel|tres\s+(?:medicamentos|farmacos))`),
      w(String.raw`(?:articulo|noticia|titular|informe|nota)[^.;]*(?:explico|describio|menciono|cubrio|incluyo|hablo\s+de|conto|informo\s+sobre)[^.;]*(?:estudios?\s+(?:grandes|clinicos|aleatorizados)|ensayos?|criticas?|carta|guias?|consejo)`),
    ],
  },
  'news-two-drugs': {
    mustNotSay: [
      w(String.raw`(?:noticia|articulo|titular|informe|sitio)[^.;]*(?:(?:nombro|menciono|listo|dio)\s+(?:correctamente|bien|todos|los\s+tres|cada\s+uno)|(?:nombro|menciono|listo)\s+(?:a\s+)?todos)`),
    ],
  },
  'news-repair': {
    mustNotSay: [
      w(String.raw`(?:vuelve\w*|volvio|volvieron|regresa\w*|regreso|crece\w*|crecio|crecieron|rebrota\w*)\s+(?:a\s+crecer\s+)?(?:aun\s+)?(?:mas\s+)?(?:fuerte\w*|agresiv\w*|peor\w*|grande\w*|dur[oa]s?)`),
      w(String.raw`repar\w*|(?:vuelve\w*|volvio|regresa\w*)\s+(?:con\s+(?:mas\s+)?fuerza|con\s+venganza|mas\s+fuerte)`),
    ],
  },
  'trials-design': {
    mustNotSay: [w(String.raw`observacional\w*|no\s+(?:fueron\s+|era\s+|eran\s+|estaban\s+)?aleatori\w*|sin\s+(?:ninguna\s+)?quimio\w*\s+en\s+absoluto|ninguna\s+quimio\w*\s+en\s+absoluto|(?:medicamentos|farmacos|quimio\w*|tratamientos)\s+distint\w*\s+antes\s+y\s+despues|distint[oa]s\s+(?:medicamentos|farmacos|quimio\w*|tratamientos)\s+antes\s+y\s+despues`)],
  },
  'trials-spread': { compares: SPREAD, mustNotSay: [DIFFERENCE_HARM] },
  'trials-deaths': { compares: SURVIVAL, mustNotSay: [DIFFERENCE_HARM] },
  'trials-local': {
    compares: NEARBY,
    mustNotSay: [
      w(String.raw`(?:volv\w*|regres\w*|cerca|recurr\w*|recaid\w*)[^.;]*(?:(?:lo|la)\s+mism[oa](?!\s+(?:seno|mama|lado|zona))|igual(?:es)?|sin\s+(?:ninguna\s+)?diferencia|ninguna\s+diferencia|de\s+las\s+dos\s+formas|en\s+los\s+dos\s+casos|en\s+ambos\s+casos)|(?:igual(?:es)?|sin\s+diferencia|ninguna\s+diferencia)(?!\s+(?:seno|mama|lado|zona))[^.;]*(?:volv\w*|regres\w*|recurr\w*|recaid\w*)`),
      // Anchored, as in English: "no tiene ninguna desventaja" carries its own "no".
      raw(
        String.raw`^(?![^.;]*(?:no\s+es\s+(?:verdad|cierto)|(?<![\p{L}])mito(?![\p{L}])|(?<![\p{L}])falso(?![\p{L}])))(?![^.;]*(?:noticia|titular|articulo|reportaje|prensa)[^.;]*(?<![\p{L}])(?:dijo|dice|afirmo|afirma|escribio|aseguro|aseguraba)(?![\p{L}]))(?=[^.;]*(?<![\p{L}])(?:quimio\w*|neoadyuvante\w*))(?:[^.;]*?(?<![\p{L}])(?:no\s+tiene|no\s+hay|no\s+existe|no\s+trae|no\s+conlleva|sin)\s+(?:(?:ninguna|ningun|ningunas)\s+)?(?:(?:verdader[oa]s?|real(?:es)?)\s+)?(?:desventajas?|inconvenientes?|contras?|lado\s+malo|parte\s+mala)(?![\p{L}])|[^.;]*?(?<![\p{L}])nada\s+que\s+perder(?![\p{L}])|[^.;]*?(?<![\p{L}])solo\s+(?:tiene\s+)?(?:ventajas|beneficios)(?![\p{L}]))`,
        'iu',
      ),
    ],
  },
  'trials-breast': { compares: KEPT },
  'trials-response': {
    mustNotSay: [
      any(
        String.raw`(?:quimio\w*|tratamiento)[^.;]*?(?:siempre|cada\s+vez|en\s+todas\s+las\s+(?:mujeres|pacientes)|en\s+todos\s+los\s+casos|a\s+todas\s+las\s+(?:mujeres|pacientes)|garantiza\w*)(?![\p{L}])[^.;]*?(?<![\p{L}])(?:elimin\w*|quita\w*|destru\w*|borr\w*|acab\w*\s+con|mat(?:a|an|o|aron)|reduc\w*|achic\w*|encog\w*|cur(?:a|an|o|aron)|desaparec\w*)`,
        String.raw`(?:quimio\w*|tratamiento)[^.;]*?(?<![\p{L}])(?:elimin\w*|destru\w*|borr\w*|acab\w*\s+con|cur(?:a|an|o|aron)|desaparec\w*|reduc\w*|encog\w*)[^.;]*?(?:siempre|cada\s+vez|en\s+todas\s+las\s+(?:mujeres|pacientes)|en\s+todos\s+los\s+casos)`,
      ),
    ],
  },
  'trials-era': { numbers: { followUp: any(String.raw`seguimiento\w*`, String.raw`seguid[oa]s?`, String.raw`observad[oa]s\s+durante`, 'mediana') } },
  'b18-survival': { compares: SURVIVAL, mustNotSay: [DIFFERENCE_HARM] },
  'mice-not-people': {
    mustNotSay: [
      w(String.raw`(?:ratones|raton|animales)[^.;]*(?:pasa|pasan|paso|pasaron|pasara|ocurre|ocurren|ocurrio|sucede|suceden|sucedio|funciona|funcionan|es|son|fue|fueron|aplica|aplican|vale|valen|sirve|sirven)\s+(?:(?:exactamente|justo)\s+)?(?:igual|lo\s+mismo|de\s+la\s+misma\s+(?:manera|forma))\s+(?:en|para|con)\s+(?:las\s+|los\s+)?(?:personas|mujeres|humanos|pacientes|seres\s+humanos|nosotras|nosotros)`),
      w(String.raw`(?:ratones|raton)[^.;]*(?:se\s+)?(?:aplica|aplican|traslada|trasladan|traduce|traducen|pasa|pasan)\s+(?:directamente\s+|tal\s+cual\s+)?a\s+(?:las\s+|los\s+)?(?:personas|mujeres|humanos|pacientes)`),
    ],
  },
  'study-mostly-mice': { mustNotSay: [any(String.raw`ratas?`, String.raw`conejos?`, String.raw`perros?`, String.raw`monos?`, String.raw`cerdos?`, String.raw`hamsters?`, String.raw`pez\s+cebra`)] },
  'mice-chemo': { mustNotSay: [any(String.raw`trag(?:o|aron|an|a|ar|aba|aban)`, String.raw`agua\s+(?:de\s+beber|potable)`, String.raw`por\s+(?:via\s+)?oral`, 'oralmente', String.raw`por\s+la\s+boca`, String.raw`en\s+(?:su|la)\s+comida`, String.raw`pastillas?`, String.raw`tabletas?`)] },
  'mice-other-drugs': {
    mustNotSay: [w(String.raw`solo\s+(?:se\s+)?(?:probo|uso|dio|estudio|usaron|probaron)\s+(?:el\s+)?paclitaxel|paclitaxel\s+(?:fue|era)\s+el\s+unico\s+(?:medicamento|farmaco|quimio\w*)|paclitaxel\s+solo\s+se\s+(?:uso|dio|probo)\s+(?:en|a)\s+(?:los\s+)?ratones`)],
  },
  'mice-models': { numbers: { kinds: any(String.raw`(?:tipos?|clases?|modelos?)\s+de\s+(?:ratones|raton)`, String.raw`modelos?\s+(?:de\s+)?raton`) } },
  'mice-slower-growth': { compares: any(String.raw`crec\w*`, String.raw`crecio`) },
  'mice-more-doorways': { compares: any(String.raw`puertas?`, String.raw`tmems?`, String.raw`celulas\s+inmunitarias`, String.raw`macrofagos?`) },
  'mice-blood-and-lungs': { compares: any('sangre', String.raw`pulmon\w*`, String.raw`propag\w*`, String.raw`disemin\w*`, String.raw`metasta\w*`) },
  'women-drugs': {
    mustNotSay: [
      DRUG_ORDER,
      raw(String.raw`^(?!.*(?:paclitaxel|taxol|ratones|raton|estudios\s+(?:grandes|clinicos)|B-18|B-27|NSABP))(?=.*(?:mujeres|mujer|pacientes?|personas|ellas|human[oa]s?))(?:(?=.*doxorr?ubicina)(?=.*ciclofosfamida)|(?=.*(?<![\p{L}])AC(?![\p{L}]))).*`, 'isu'),
    ],
  },
  'women-leftover': {
    mustNotSay: [w(String.raw`(?:tomad[oa]s?|recogid[oa]s?|extraid[oa]s?|sacad[oa]s?|obtenid[oa]s?)\s+antes\s+(?:de\s+)?(?:cualquier\s+|del?\s+|la\s+)?(?:tratamiento|quimio\w*)|antes\s+de\s+(?:que\s+)?(?:empezar|comenzar|empezara|comenzara|iniciar)\s+(?:el\s+|la\s+)?(?:tratamiento|quimio\w*)`)],
  },
  'women-more-doorways': {
    compares: any(String.raw`puertas?`, String.raw`tmems?`, String.raw`mena\w*`),
    mustNotSay: [
      w(String.raw`(?:todas|cada|la\s+mayoria\s+de|la\s+mayor\s+parte\s+de|casi\s+todas|practicamente\s+todas|la\s+mitad\s+de|mas\s+de\s+la\s+mitad\s+de|un\s+tercio\s+de|dos\s+tercios\s+de|tres\s+cuartos\s+de|ninguna(?:\s+de)?)(?:\s+(?:las|estas|esas|\d+|veinte))*\s+(?:mujeres|mujer|pacientes?|ellas)[^.;]*(?:puertas?|tmems?|subi\w*|aument\w*|mas\s+alt\w*|mas|marcador\w*|mena\w*)|(?:puertas?|tmems?|marcador\w*)[^.;]*(?:en|de)\s+(?:todas|cada|la\s+mayoria\s+de|casi\s+todas|la\s+mitad\s+de)\s+(?:las\s+)?(?:\d+\s+)?(?:mujeres|mujer|pacientes?|ellas)`),
    ],
  },
  'tmem-doorway': {
    numbers: { cells: any(String.raw`celulas?\s+(?:se\s+tocan|se\s+juntan|se\s+unen|se\s+encuentran)`, String.raw`(?:se\s+)?tocan\s+(?:\S+\s+)?celulas`, String.raw`(?:hech[oa]|formad[oa]|compuest[oa])\s+(?:de|por)`) },
    mustNotSay: [
      IN_BLOOD,
      any(
        // The doorway itself as the subject: "contar puertas es una prueba", "el conteo de puertas es una prueba" are about counting them.
        // "La prueba de puertas TMEM es una prueba…" is about the test too ("puertas TMEM" after "de").
        String.raw`(?<!(?:de|contar|medir|mirar)\s+(?:las\s+|los\s+)?(?:puertas?\s+)?)(?:puertas?|tmems?)\s+(?:es|son)\s+(?:una?|un\s+tipo\s+de|una\s+clase\s+de)\s+(?:tipo\s+de\s+|clase\s+de\s+)?(?:celulas?|proteinas?|gen(?:es)?|medicamentos?|pruebas?|hormonas?|vasos?|agujeros?|huecos?|roturas?|grietas?|cortes?|tubos?)`,
        String.raw`(?:puertas?|tmems?)\s+(?:es|son)\s+(?:[\p{L}]+\s+){0,2}(?:agujeros?|huecos?|roturas?|grietas?)`,
      ),
    ],
  },
  'tmem-in-tissue': { mustNotSay: [IN_BLOOD_ANYWHERE] },
  'mena-protein': {
    mustNotSay: [w(String.raw`mena\w*[^.;]*(?:proteg\w*|protej\w*|previen\w*|preven\w*|bloque\w*|detien\w*|impid\w*|impide|fren\w*)[^.;]*(?:invasion|invad\w*|propag\w*|moverse|movimiento|metasta\w*|disemin\w*)`)],
  },
  'later-study-no-before': {
    mustNotSay: [w(String.raw`(?:biopsi\w*|muestras?|tejidos?)\s+(?:tomad[oa]s?\s+)?antes\s+(?:de\s+)?(?:cualquier\s+|del?\s+|la\s+)?(?:tratamiento|quimio\w*)|antes\s+y\s+despues\s+de\s+la\s+quimio\w*`)],
  },
  'earlier-doorways': {
    numbers: { pairs: any('pares') },
    mustNotSay: [
      any(String.raw`triple\s*-?\s*negativ[oa]s?`),
      any(String.raw`(?:todos|cada|cualquier)\s+(?:los\s+)?(?:tipos?|clases?|formas?)\s+de\s+(?:cancer(?:es)?(?:\s+de\s+mama)?)`),
      any(String.raw`(?:predic\w*|predij\w*|asoci\w*|mas\s+probab\w*)[^.;]*(?:triple\s+negativo|HER2\s*-?\s*positivo)`, String.raw`(?:triple\s+negativo|HER2\s*-?\s*positivo)[^.;]*(?:predic\w*|predij\w*|mas\s+probab\w*)`),
      any(String.raw`(?:coincide\w*|predic\w*|predij\w*|refleja\w*|correlaciona\w*)\s+(?:muy\s+bien|exactamente|perfectamente|siempre|con\s+precision|fielmente|estrechamente)`, String.raw`(?:siempre|exactamente|perfectamente)\s+(?:predic\w*|predij\w*|coincide\w*)`),
    ],
  },
  'delay-study': { mustNotSay: [DELAY_BEFORE] },
  'delay-finding': {
    compares: SURVIVAL,
    mustNotSay: [
      w(String.raw`31\s*(?:a|-|–)\s*90\s+dias[^.;]*(?:asoci\w*|menor\w*|peor\w*|mas\s+cort\w*)|(?:unos\s+pocos|pocos|varios|dos|2)\s+meses[^.;]*(?:poco|ningun|bajo|pequeño|sin)\s+riesgo`),
      DELAY_BEFORE,
      any(String.raw`(?:prueba|probo|probado|comprobado|demuestra|demostro|demostrado)(?:\s+que)?`),
      any(String.raw`aleatoriza\w*`, String.raw`randomiza\w*`),
      any(String.raw`antes\s+de\s+(?:la\s+)?cirugia`),
      any(String.raw`(?:retraso|tarde|esperar|espera|registro\w*)[^.;]*estudios?[^.;]*antes\s+de\s+(?:la\s+)?cirugia`),
      any(
        String.raw`(?:un|uno|1|dos|2|unos\s+pocos|pocos|varios|algunos)\s+(?:mes(?:es)?|semanas?)[^.;]*(?:asoci\w*|menor\w*|peor\w*|mas\s+corta|dañ\w*)`,
        String.raw`(?:dentro\s+de|despues\s+de)\s+(?:un|uno|1|dos|2)\s+mes(?:es)?[^.;]*menor`,
      ),
    ],
  },
  'delay-triple-negative': { compares: SURVIVAL },
  'guideline-none-changed': {
    mustNotSay: [
      w(String.raw`guias?[^.;]*(?:ahora\s+(?:dicen|recomiendan|aconsejan|sugieren|advierten)|advierten\s+contra|desaconsejan|ya\s+no\s+(?:recomiendan|apoyan)|dej(?:o|aron)\s+de\s+recomendar|cambi(?:o|aron)\s+(?:su|el)\s+consejo|(?:se\s+)?(?:han|fueron)\s+(?:actualizad[oa]s|cambiad[oa]s))`),
      w(String.raw`(?:ASCO|NCCN|St\.?\s*Gallen|guias?|expertos?|medicos|oncologos|hospitales)[^.;]*(?:aconsej|recomiend|recomend|prefier|favorec|apoy|respald|cambi|pas)\w*\s+(?:[\p{L}]+\s+){0,2}?(?:(?:la\s+)?cirugia\s+primero|(?:a\s+)?(?:la\s+)?cirugia\s+antes\s+de\s+la\s+quimio\w*)`),
      w(String.raw`(?:ASCO|NCCN|St\.?\s*Gallen|guias?|expertos?|medicos|oncologos|hospitales|clinicas)[^.;]*(?:abandon(?:o|aron)|rechaz(?:o|aron)|dej(?:o|aron)\s+de\s+(?:dar|usar|ofrecer|recomendar)|ya\s+no\s+(?:da|dan|usa|usan|ofrece|ofrecen|recomienda|recomiendan)|se\s+alej(?:o|aron)\s+de|se\s+volvi(?:o|eron)\s+contra|renunci(?:o|aron)\s+a)[^.;]*quimio`),
    ],
  },
  'guideline-doorway-test': {
    mustNotSay: [ROUTINE, w(String.raw`(?:guias?|ASCO|NCCN)[^.;]*(?:respald\w*|recomiend\w*|recomend\w*|apoy\w*|inclu\w*|list\w*|aconsej\w*|aval\w*)[^.;]*(?:tmems?|puertas?)`)],
  },
  'guideline-mid-chemo': {
    mustNotSay: [ROUTINE, w(String.raw`guias?[^.;]*(?:aconsej\w*|recomiend\w*|recomend\w*|respald\w*|pide\w*|piden|apoy\w*)[^.;]*(?:biopsi\w*|muestras?|tejidos?)`)],
  },
  'nothing-to-buy': { mustNotSay: [ROUTINE] },
  'rebastinib-what': { mustNotSay: [AVAILABLE, w(String.raw`TIE2\s+es\s+(?:un|una)\s+(?:[\p{L}]+\s+)?(?:medicamento|farmaco|quimio\w*|tratamiento|medicina)`)] },
  'rebastinib-history': {
    mustNotSay: [w(String.raw`rebastinib[^.;]*(?:primero|al\s+principio|originalmente)[^.;]*(?:hech[oa]|desarrollad[oa]|diseñad[oa]|probad[oa]|usad[oa]|cread[oa])\s+(?:para\s+(?:tratar\s+)?(?:el\s+)?)(?:cancer\s+de\s+mama|mama|este)`)],
  },
  'rebastinib-maker': {
    mustNotSay: [w(String.raw`rebastinib[^.;]*(?:hech[oa]|fabricad[oa]|desarrollad[oa]|vendid[oa]|producid[oa]|comercializad[oa])\s+por\s+(?:la\s+compañia\s+|la\s+empresa\s+)?(?!Deciphera)\p{Lu}`, 'u')],
  },
  'rebastinib-status': { mustNotSay: [AVAILABLE, REBASTINIB_AVAILABLE] },
  'rebastinib-trial': { mustNotSay: [AVAILABLE] },
  'rebastinib-trials-only': { mustNotSay: [AVAILABLE] },
  'esserman-letter': {
    mustNotSay: [
      w(String.raw`Esserman\S*[^.;]*(?:elogi\w*|alab\w*|respald\w*|apoy\w*|estuvo\s+de\s+acuerdo|estuvieron\s+de\s+acuerdo|confirm\w*|celebr\w*|prueba\s+de\s+que|prueba\w*|demuestra\w*)`),
      w(String.raw`Esserman,?\s+(?:de|del|en)\s+(?:la\s+|el\s+)?(?!Universidad\s+de\s+California|UCSF|UC\s+San\s+Francisco)\p{Lu}\p{L}+`, 'u'),
      w(String.raw`Esserman[^.;]*(?:coautor\w*|autor[a]?\s+(?:principal\s+)?del\s+(?:estudio|articulo)|una\s+de\s+las\s+autoras|uno\s+de\s+los\s+autores|dirigio\s+el\s+estudio|hizo\s+el\s+estudio)`),
    ],
  },
  'lead-author-idea': { mustNotSay: [ROUTINE] },
} as const satisfies FactPatterns<typeof facts>;
