import type {
  ArticleImplementation,
  ArticleImplementationStatus,
  ConceptLink,
  ConsentClaim,
  CoverageCell,
  CoverageColumn,
  JurisdictionComparison,
  JurisdictionProfile,
  NationalInstrument,
  ParticipationStatus,
  ParticipationStatusOn,
  ParticipationStep,
  RatificationMap,
  StateParticipation,
  DatedClaim,
  EntryIntoForceClaim,
  ImplementationMap,
  InstrumentStatusOn,
  NodeKind,
  NodeRecord,
  PartialDate,
  ParticipationRecord,
  PartyBasis,
  PartyOn,
  RelationKind,
  StageRecord,
} from '@cadre/model';
import type { NodePage } from '@cadre/store';
import type { Lang } from './generated/resolvers-types';

/**
 * What resolvers pass around for the GraphQL types that are not store records (see codegen.ts
 * `mappers`): the generated resolver types use these, so the two cannot drift apart.
 */
export interface NodeEdgeRecord {
  cursor: string;
  node: NodeRecord;
}

export interface NodeConnectionRecord {
  page: NodePage;
  /** The cursor the page was asked after, if any. */
  after?: string;
}

export type VocabularyRecord = Record<string, never>;

export interface NodeKindInfoRecord {
  kind: NodeKind;
}

export interface NodeTypeInfoRecord {
  kind: NodeKind;
  type: string;
}

export interface RelationKindInfoRecord {
  kind: RelationKind;
}

/**
 * Law as law (schema/law.graphql). A stage or a participation claim carries whether it is the
 * reading used, which only its instrument or participation knows, so the parent resolves it once.
 */
export interface StageView {
  stage: StageRecord;
  used: boolean;
}

export interface InForceStatusView {
  asOf: PartialDate;
  on: InstrumentStatusOn;
  instrument: NodeRecord;
}

export type ClaimType = 'SIGNATURE' | 'CONSENT' | 'ENTRY_INTO_FORCE' | 'PARTY_BY';

export interface ClaimView {
  type: ClaimType;
  claim: DatedClaim & Partial<Pick<ConsentClaim, 'kind' | 'act' | 'actName'>> & Partial<EntryIntoForceClaim>;
  used: boolean;
}

export interface PartyBasisView {
  basis: PartyBasis;
  participation: ParticipationRecord;
}

export interface PartyStatusOnView {
  asOf: PartialDate;
  on: PartyOn;
  participation: ParticipationRecord;
}

/** The language the implementation map was asked in: the default of its labels and notes. */
export interface ImplementationMapView {
  map: ImplementationMap;
  lang: Lang;
  /** The date statuses are given for: `asOf`, or today. */
  statusDate: PartialDate;
}

export interface ArticleImplementationView {
  article: ArticleImplementation;
  lang: Lang;
}

/**
 * Compare jurisdictions and the ratification map (schema/comparison.graphql). Each view carries
 * the language the answer was asked in (the default of its labels) and, where statuses are shown,
 * the date they are given for.
 */
export interface JurisdictionView {
  node: NodeRecord;
  lang: Lang;
}

export interface TreatyStandingView {
  standing: StateParticipation & { jurisdiction: NodeRecord; treaty: NodeRecord; on: ParticipationStatusOn };
  lang: Lang;
}

export interface ParticipationStepView {
  step: ParticipationStep;
  /** The participation the step's claim belongs to (for whether it is the reading used). */
  participation: ParticipationRecord;
  lang: Lang;
}

export interface RatificationMapView {
  map: RatificationMap;
  /** The date asked, if any; `map.asOf` is the date statuses are given for. */
  asked?: PartialDate;
  lang: Lang;
}

export interface RatificationLegendEntryView {
  status: ParticipationStatus;
  count: number;
  unrecorded: number;
  lang: Lang;
}

export interface JurisdictionComparisonView {
  comparison: JurisdictionComparison;
  asked?: PartialDate;
  lang: Lang;
}

export interface CoverageColumnView {
  column: CoverageColumn;
  lang: Lang;
}

export interface JurisdictionProfileView {
  profile: JurisdictionProfile;
  asOf: PartialDate;
  lang: Lang;
}

export interface NationalInstrumentView {
  national: NationalInstrument;
  asOf: PartialDate;
  lang: Lang;
}

export interface ConceptLinkView {
  link: ConceptLink;
  national: NationalInstrument;
  asOf: PartialDate;
}

export interface CoverageCellView {
  cell: CoverageCell;
  asOf: PartialDate;
  lang: Lang;
}

export interface ImplementationStatusCountView {
  status: ArticleImplementationStatus;
  count: number;
  lang: Lang;
}
