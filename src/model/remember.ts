// A pure function of a text, computed once per text. The checker and the compiler read the same
// sentences, slides and facts many times over (every rule, every edition, every language, every
// test's edited deck), and what they compute from a text depends on nothing else. Bounded: the
// store is emptied when it holds `max` texts, so a long test run does not grow without end.
// By hand: a Map and a size check; a cache library would add a dependency for four lines.

export function rememberByText<T>(compute: (text: string) => T, max = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = compute(text);
    if (known.size >= max) known.clear();
    known.set(text, value);
    return value;
  };
}
