/** "Law as law": lifecycle, participation, time and the implementation map. No Node.js imports. */
export * from './law-records';
export { STAGE_KINDS, STAGE_KIND_NAMES, END_STAGES, IN_FORCE_SUBSTITUTES, STAGE_ORDER } from './stage-kinds';
export { preferReading } from './prefer-reading';
export { addDays, isStrictlyBefore, laterStart, earlierEnd, coveringDate } from './date-math';
export { computeEntryIntoForce, type ComputedEntryIntoForce } from './compute-entry-into-force';
export {
  inForceOn,
  inForceStage,
  instrumentLifespan,
  stageReading,
  type InstrumentStatus,
  type InstrumentStatusOn,
} from './instrument-status';
export {
  partyFrom,
  partyOn,
  type PartyBasis,
  type PartyBasisKind,
  type PartyOn,
  type PartyStatus,
} from './party-status';
export { nodeTimes, relationTimes, withComputedEntryIntoForce, legacyInstrumentDates } from './derive-times';
export { completeLawRecords, provisionParents } from './complete-law-records';
export {
  implementationMap,
  type ArticleImplementation,
  type ArticleImplementationStatus,
  type ImplementationLink,
  type ImplementationMap,
  type ImplementationMapInput,
} from './implementation-map';
export {
  PARTICIPATION_STATUSES,
  participationStatusOn,
  stateParticipation,
  uniqueCitations,
  type ParticipationStatus,
  type ParticipationStatusOn,
  type ParticipationStep,
  type ParticipationStepKind,
  type StateParticipation,
} from './participation-status';
export {
  COVERAGE_COLUMNS,
  POLICY_INSTRUMENT_TYPES,
  coverageColumnsOf,
  isTreaty,
  type CoverageColumn,
  type CoverageColumnId,
} from './coverage-columns';
export { placesWithin, standingOn, nationalTo, type StandingGraph } from './standing-graph';
export {
  COVERAGE_RELATION_KINDS,
  coverageCells,
  nationalInstruments,
  type ConceptLink,
  type CoverageCell,
  type CoverageStatus,
  type NationalInstrument,
} from './national-coverage';
export { coordinationBodies, type CoordinationBody } from './coordination-bodies';
export {
  compareJurisdictions,
  type ComparisonRecords,
  type JurisdictionComparison,
  type JurisdictionProfile,
  type TreatyParticipation,
} from './compare-jurisdictions';
export {
  byName,
  jurisdictionsOf,
  ratificationMap,
  type RatificationMap,
  type RatificationMapRow,
} from './ratification-map';
