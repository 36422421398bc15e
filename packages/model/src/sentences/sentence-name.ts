import type { EnglishGrammar, FrenchGrammar, NodeGrammar } from '../law/law-records';
import type { NodeRecord } from '../records';

export type Lang = 'en' | 'fr';

/**
 * The grammar used for a record that carries none (a record built by hand in a test, never one
 * loaded from graph-seeds/, where grammar is validated): bare names, masculine singular.
 */
export const FALLBACK_GRAMMAR: NodeGrammar = {
  en: { article: 'none', number: 's', lowercase: false },
  fr: { gender: 'm', number: 's', article: 'none', elision: false, lowercase: false, locative: 'a' },
};

/**
 * The name sentences use: the short name, else the name, in the language asked. French falls
 * back to English only for records built by hand; the seed validator requires a French name.
 */
export function sentenceName(node: Pick<NodeRecord, 'name' | 'shortName'>, lang: Lang): string {
  if (lang === 'en') return node.shortName?.en ?? node.name.en;
  return node.shortName?.fr ?? node.name.fr ?? node.shortName?.en ?? node.name.en;
}

export function englishGrammar(node: Pick<NodeRecord, 'grammar'>): EnglishGrammar {
  return node.grammar?.en ?? FALLBACK_GRAMMAR.en;
}

export function frenchGrammar(node: Pick<NodeRecord, 'grammar'>): FrenchGrammar {
  return node.grammar?.fr ?? FALLBACK_GRAMMAR.fr;
}
