import type { EnglishGrammar } from '../law/law-records';

/** How an English verb takes its object: with the name's own article, or bare ("is a form of X"). */
export type EnglishConstruction = 'direct' | 'bare';

/** "the Trafficking in Persons Protocol", "Mali", "trafficking in persons". */
export function englishNounPhrase(
  name: string,
  g: EnglishGrammar,
  construction: EnglishConstruction,
): string {
  const text = g.lowercase ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return g.article === 'the' && construction === 'direct' ? `the ${text}` : text;
}
