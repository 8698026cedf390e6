// Advice in a sentence: which action it tells people to take, and whether to take it or not.
// "Do not stop or delay treatment" is (stop, dont) and (delay, dont); "You may want to wait" is
// (delay, do); "Ask your doctor for rebastinib" is (ask-for, do). claim-advice then requires an
// approved recommendation that allows each one. Hand-written: no library reads advice this way.

import { ADVICE_ACTIONS, type AdviceAction } from '../../model/facts.ts';
import { clauses } from '../phrases.ts';
import { negates } from './cited.ts';
import type { ClaimWords } from './words.ts';

export interface GivenAdvice {
  readonly action: AdviceAction;
  readonly polarity: 'do' | 'dont';
  /** The words that give it. */
  readonly text: string;
}

/** Actions in the order they are tried: the longer, more specific verbs first ("ask … for" before "ask"). */
const ORDER: readonly AdviceAction[] = ['ask-for', 'join-trial', 'check-news', 'choose', 'keep', 'stop', 'delay', 'skip', 'avoid', 'ask-team'];
if (ORDER.length !== ADVICE_ACTIONS.length) throw new Error('advice.ts: ORDER must list every advice action');

const anchored = new Map<RegExp, RegExp>();
const atStart = (re: RegExp): RegExp => {
  let a = anchored.get(re);
  if (!a) anchored.set(re, (a = new RegExp(`^\\s*(?:${re.source})`, re.flags.replace('g', ''))));
  return a;
};

/** The action whose verb starts `text`, with the verb's words. */
function verbAt(text: string, words: ClaimWords): { action: AdviceAction; verb: string } | undefined {
  for (const action of ORDER) {
    const m = atStart(words.advice.verbs[action]).exec(text);
    if (m) return { action, verb: m[0] };
  }
  return undefined;
}


/**
 * Is the sentence worded as advice at all ("Bring the trial numbers", "ask why …"), whatever it is
 * about? A sentence that cites a recommendation and reads like this rests on it.
 */
export function wordedAsAdvice(sentence: string, words: ClaimWords): boolean {
  return clauses(sentence, words.clauseSplit).some((clause) =>
    words.advice.forms.some((form) => {
      const rest = form.exec(clause.replace(words.advice.condition, ''))?.groups?.rest;
      return rest !== undefined && verbAt(rest.replace(words.advice.adverb, ''), words) !== undefined;
    }),
  );
}

/** Every piece of advice in a sentence (quotations already masked). */
export function adviceIn(sentence: string, words: ClaimWords): GivenAdvice[] {
  const given: GivenAdvice[] = [];
  // "If you are worried, wait …": the advice is the main clause after a leading condition.
  const pieces = clauses(sentence, words.clauseSplit).flatMap((c) => [c, c.replace(words.advice.condition, '')]).filter((c, i, all) => c && all.indexOf(c) === i);
  for (const clause of pieces) {
    for (const [i, form] of words.advice.forms.entries()) {
      const m = form.exec(clause);
      if (!m?.groups) continue;
      let rest = m.groups.rest ?? '';
      // "… did not mean patients should avoid chemo": a negation before the advice turns it round.
      const negated = Boolean(m.groups.neg) !== (m.index > 0 && negates(clause.slice(0, m.index), words));
      // "Chemo should be put off": the advice is the participle; what is put off is `rest`.
      if (m.groups.verb !== undefined) {
        const passive = verbAt(m.groups.verb, words);
        if (passive && passive.action !== 'ask-team' && passive.action !== 'check-news' && words.treatment.test(rest)) {
          given.push({ action: passive.action, polarity: negated ? 'dont' : 'do', text: passive.verb.trim() });
        }
        continue;
      }
      let first = true;
      for (;;) {
        rest = rest.replace(words.advice.adverb, '');
        const found = verbAt(rest, words);
        // An imperative is a base verb at the start of the clause ("Stop", not "Stopping treatment …").
        if (!found || (i === 0 && first && words.advice.notImperative.test(found.verb.trim()))) break;
        let action = found.action;
        rest = rest.slice(found.verb.length);
        // "Ask your doctor about …" is asking; "ask … for rebastinib" is asking for a treatment.
        const object = rest.split(/[.;]/)[0] ?? '';
        // ("Take a tumor sample" names what is asked for in its verb.)
        // ("Ask for chemo after surgery" asks for an order of treatment: that is choosing it.)
        if (action === 'ask-for' && !words.advice.askedFor.test(`${found.verb} ${object}`)) action = words.advice.orderChoice.test(object) ? 'choose' : 'ask-team';
        // Asking questions here, telling us about a mistake, checking your understanding: not advice about care.
        const aboutCare = action === 'ask-team' ? words.advice.careTeam.test(object) : action === 'check-news' ? words.advice.newsObject.test(object) : true;
        if (aboutCare) given.push({ action, polarity: negated ? 'dont' : 'do', text: found.verb.trim() });
        // "Ask your doctor to hold off on chemo": the asking is fine, what is asked for is advice too.
        const nested = action === 'ask-team' ? words.advice.askedTo.exec(object) : null;
        const inner = nested ? verbAt(nested[2]!, words) : undefined;
        if (nested && inner && inner.action !== 'ask-team') {
          given.push({ action: inner.action, polarity: nested[1] ? 'dont' : 'do', text: inner.verb.trim() });
        }
        // "Ask your doctor whether rebastinib should be added": the question carries advice of its own.
        const asked = action === 'ask-team' ? words.advice.askedWhether.exec(object) : null;
        if (asked) given.push(...adviceIn(asked[1]!, words).filter((a) => a.action !== 'ask-team' && a.action !== 'check-news'));
        first = false;
        const more = words.advice.andOr.exec(rest);
        if (!more) break;
        rest = rest.slice(more[0].length);
      }
      if (given.length > 0) break;
    }
  }
  return given;
}
