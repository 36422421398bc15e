import type { NodeGrammar } from '../law/law-records';
import type { NodeRecord } from '../records';
import { englishNounPhrase } from './english-noun-phrase';
import { frenchNounPhrase } from './french-noun-phrase';
import { englishGrammar, frenchGrammar, sentenceName } from './sentence-name';

/**
 * A provision's grammar is the same for every article: "article 5 of the Protocol" takes no
 * article in English; "l'article 5 du Protocole" is masculine, elided, lower-case in running text.
 */
export const PROVISION_GRAMMAR: NodeGrammar = {
  en: { article: 'none', number: 's', lowercase: true },
  fr: { gender: 'm', number: 's', article: 'def', elision: true, lowercase: true, locative: 'a' },
};

/**
 * A provision's names, built from its number, its heading and its instrument's own name and
 * grammar, so that they read "Article 5 of the Trafficking in Persons Protocol (Criminalization)"
 * and "Article 5 du Protocole relatif à la traite des personnes (Incrimination)" with no
 * hand-written duplicate of the instrument's name to drift.
 */
export function nameProvision(
  provision: Pick<NodeRecord, 'number' | 'heading'>,
  instrument: Pick<NodeRecord, 'name' | 'shortName' | 'grammar'>,
): Pick<NodeRecord, 'name' | 'shortName' | 'grammar'> {
  const number = provision.number ?? '?';
  const shortEn = `Article ${number} of ${englishNounPhrase(sentenceName(instrument, 'en'), englishGrammar(instrument), 'direct')}`;
  const shortFr = `Article ${number} ${frenchNounPhrase(sentenceName(instrument, 'fr'), frenchGrammar(instrument), 'de')}`;
  const heading = provision.heading;
  return {
    name: {
      en: heading ? `${shortEn} (${heading.en})` : shortEn,
      fr: heading ? `${shortFr} (${heading.fr})` : shortFr,
    },
    shortName: { en: shortEn, fr: shortFr },
    grammar: PROVISION_GRAMMAR,
  };
}
