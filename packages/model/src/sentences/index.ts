/** Sentences in English and French from the seeded grammar of names. No Node.js imports. */
export { relationSentence, subjectPhrase } from './relation-sentence';
export { RELATION_PHRASES, type RelationPhrase } from './relation-phrases';
export { frenchNounPhrase, frenchRunningName, type FrenchConstruction } from './french-noun-phrase';
export { englishNounPhrase, type EnglishConstruction } from './english-noun-phrase';
export { sentenceName, englishGrammar, frenchGrammar, FALLBACK_GRAMMAR, type Lang } from './sentence-name';
export { nameProvision, PROVISION_GRAMMAR } from './name-provision';
export * from './interface-labels';
export * from './implementation-labels';
export * from './comparison-labels';
export { participationExplanation } from './participation-explanation';
