import type { NodeRecord, RelationRecord } from '../records';
import { englishNounPhrase } from './english-noun-phrase';
import { frenchNounPhrase } from './french-noun-phrase';
import { INFERRED_MARKER } from './interface-labels';
import { RELATION_PHRASES, type VerbForms } from './relation-phrases';
import { englishGrammar, frenchGrammar, sentenceName, type Lang } from './sentence-name';

type Named = Pick<NodeRecord, 'name' | 'shortName' | 'grammar'> & Partial<Pick<NodeRecord, 'kind'>>;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The node as the subject or object of a sentence: "the Trafficking in Persons Protocol", "le Mali". */
export function subjectPhrase(node: Named, lang: Lang): string {
  return lang === 'en'
    ? englishNounPhrase(sentenceName(node, 'en'), englishGrammar(node), 'direct')
    : frenchNounPhrase(sentenceName(node, 'fr'), frenchGrammar(node), 'direct');
}

/** The verb forms for this pair of ends: the relation kind's default or its first matching variant. */
function verbForms(
  relation: Pick<RelationRecord, 'kind'>,
  from: Named,
  to: Named,
  lang: 'en' | 'fr',
): VerbForms {
  const phrase = RELATION_PHRASES[relation.kind];
  const objectNumber = lang === 'en' ? englishGrammar(to).number : frenchGrammar(to).number;
  const variant = phrase.variants?.find(
    (v) =>
      (!v.subjectKinds || (from.kind !== undefined && v.subjectKinds.includes(from.kind))) &&
      (!v.objectNumber || v.objectNumber === objectNumber) &&
      v[lang] !== undefined,
  );
  return { en: variant?.en ?? phrase.en, fr: variant?.fr ?? phrase.fr };
}

function englishVerbAndObject(relation: Pick<RelationRecord, 'kind'>, from: Named, to: Named): string {
  const phrase = verbForms(relation, from, to, 'en').en;
  const verb = englishGrammar(from).number === 'p' ? phrase.p : phrase.s;
  return `${verb} ${englishNounPhrase(sentenceName(to, 'en'), englishGrammar(to), phrase.object)}`;
}

function frenchVerbAndObject(relation: Pick<RelationRecord, 'kind'>, from: Named, to: Named): string {
  const phrase = verbForms(relation, from, to, 'fr').fr;
  const { gender, number } = frenchGrammar(from);
  const verb =
    number === 'p'
      ? ((gender === 'f' ? phrase.fp : undefined) ?? phrase.p)
      : ((gender === 'f' ? phrase.fs : undefined) ?? phrase.s);
  return `${verb} ${frenchNounPhrase(sentenceName(to, 'fr'), frenchGrammar(to), phrase.object)}`;
}

/**
 * A relation read aloud in its own direction, from the seeded grammar of its two ends:
 * "Mali is a party to the Trafficking in Persons Protocol." / "Le Mali est partie au Protocole
 * relatif à la traite des personnes." An inferred relation says so in the sentence's language, so
 * that no reading passes for a source's statement.
 */
export function relationSentence(
  relation: Pick<RelationRecord, 'kind' | 'inferred'>,
  from: Named,
  to: Named,
  lang: Lang,
): string {
  const rest =
    lang === 'en' ? englishVerbAndObject(relation, from, to) : frenchVerbAndObject(relation, from, to);
  const marker = relation.inferred ? ` (${INFERRED_MARKER[lang]})` : '';
  return `${capitalise(subjectPhrase(from, lang))} ${rest}${marker}.`;
}
