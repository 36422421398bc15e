export * from './vocabulary';
export * from './partial-date';
export * from './records';
export * from './seeds/seed-issue';
export { foldWhiteSpace, isVerbatimQuote, articleTitle } from './seeds/fold-quote-text';
export { parseSeedYaml, readSeedFiles, type SeedFile, type SeedFiles } from './seeds/read-seed-files';
export { validateSeeds } from './seeds/validate-seeds';
export { checkSeeds, loadSeeds, defaultSeedsDir } from './seeds/load-seeds';
