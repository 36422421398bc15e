import type { PartialDate } from '../partial-date';
import type { CitationRecord } from '../citation-records';

/**
 * The records of "law as law": an instrument's dated stages, a state's participation in a treaty,
 * a treaty article, and the grammar that lets sentences name a node correctly in both languages.
 * They are plain data (no classes, no Node.js imports) so the stores, the API and the browser read
 * the same shapes; graph-seeds/README.md ("Law as law") documents the seed format they come from.
 */

/** A text written in both interface languages (notes, reasons, headings). */
export interface LocalizedText {
  en: string;
  fr: string;
}

/**
 * The stages an instrument lives through. Treaties: ADOPTED, OPENED_FOR_SIGNATURE,
 * ENTERED_INTO_FORCE. National texts: ADOPTED (the legislature's vote, or the government's
 * adoption of a decree), PROMULGATED or SIGNED (the date the text bears), PUBLISHED,
 * ENTERED_INTO_FORCE. Plans and strategies: VALIDATED, ADOPTED, LAUNCHED. Ends: AMENDED (by
 * another text; the instrument goes on), REPEALED, LAPSED, EXPIRED (a plan's period is over).
 */
export type StageKind =
  | 'ADOPTED'
  | 'OPENED_FOR_SIGNATURE'
  | 'SIGNED'
  | 'VALIDATED'
  | 'PROMULGATED'
  | 'PUBLISHED'
  | 'LAUNCHED'
  | 'ENTERED_INTO_FORCE'
  | 'AMENDED'
  | 'REPEALED'
  | 'LAPSED'
  | 'EXPIRED';

/** One dated stage of an instrument, with its own evidence. */
export interface StageRecord {
  stage: StageKind;
  /**
   * When the stage happened. Only an end (REPEALED, LAPSED, EXPIRED) may be undated: a source can
   * say a text lapsed without saying when, and that is kept rather than dropped.
   */
  date?: PartialDate;
  /** AMENDED and REPEALED: the id of the instrument that amended or repealed it. */
  byId?: string;
  /** REPEALED, LAPSED, EXPIRED: why, when no `byId` says it (e.g. never ratified by parliament). */
  reason?: LocalizedText;
  /** What the stage rests on when it is a reading (then `inferred` is true), or context. */
  note?: LocalizedText;
  /** The stage is an analyst's reading of the source (e.g. the date a law bears read as promulgation). */
  inferred: boolean;
  citations: CitationRecord[];
}

/**
 * A treaty's own rule for its entry into force for a state that joins it after it is in force
 * (UNTOC art. 38, TIP Protocol art. 17, SOM Protocol art. 22: the 30th day after deposit).
 */
export interface EntryIntoForceRule {
  /** Days added to the deposit date: 30 for "the thirtieth day after the date of deposit". */
  daysAfterDeposit: number;
  /** Never before the treaty's own entry into force (its ENTERED_INTO_FORCE stage). */
  notBeforeTreatyInForce: boolean;
  /** The article that states the rule, e.g. "17". */
  article?: string;
  citations: CitationRecord[];
}

/** One dated claim about a participation, with its evidence (several may conflict: all are kept). */
export interface DatedClaim {
  date: PartialDate;
  note?: LocalizedText;
  citations: CitationRecord[];
}

/** The instrument by which a state consents to be bound. */
export type ConsentKind = 'RATIFICATION' | 'ACCESSION' | 'ACCEPTANCE' | 'APPROVAL' | 'SUCCESSION';

/**
 * What a consent date is the date of. Only a DEPOSIT with the depositary starts the treaty's
 * entry-into-force clock; a NATIONAL_ACT (a law authorising or declaring ratification) does not;
 * UNSPECIFIED is a source saying "ratified on" without saying which.
 */
export type ConsentAct = 'DEPOSIT' | 'NATIONAL_ACT' | 'UNSPECIFIED';

export interface ConsentClaim extends DatedClaim {
  kind: ConsentKind;
  act: ConsentAct;
  /** A national act's number as the source gives it (e.g. "Loi n° 02-021/AN-RM"). */
  actName?: string;
}

export interface EntryIntoForceClaim extends DatedClaim {
  /** True when the loader computed it from a deposit by the treaty's rule (no source states it). */
  computed: boolean;
  /** For a computed date: the deposit date it was computed from. */
  fromDeposit?: PartialDate;
}

/**
 * A state's participation in a treaty: the attributes of its PARTY_TO relation. Every list keeps
 * all readings the sources give; `partyOn` says which one it used and which others exist.
 */
export interface ParticipationRecord {
  signature: DatedClaim[];
  consent: ConsentClaim[];
  /** Stated by sources first, then (computed: true) the one the loader computed from a deposit. */
  entryIntoForce: EntryIntoForceClaim[];
  /** A source says the state was a party by this date, with no earlier date known. */
  partyBy: DatedClaim[];
}

/** How a node or relation got its time, so the interface can say "undated" or "from its ends". */
export type TimeBasis =
  /** Dates given on the node or relation itself (an event's start, a relation's validFrom). */
  | 'STATED'
  /** An instrument's stages. */
  | 'STAGES'
  /** A provision: the time of the instrument it is part of. */
  | 'PARENT'
  /** A PARTY_TO relation: from the state's participation (entry into force for that state). */
  | 'PARTICIPATION'
  /** An undated relation: from the later of its two ends' starts to the earlier of their ends. */
  | 'ENDS'
  /** Places and concepts: not things that begin and end in this graph. */
  | 'TIMELESS'
  /** Could have a date and has none: shown as undated, standing on every date. */
  | 'UNDATED';

/** A treaty article's obligation type, as UNODC's legislative guides class them. */
export type Obligation = 'MANDATORY' | 'OPTIONAL' | 'GENERAL';

/** French grammar of the name sentences use for a node (its short name, else its name). */
export interface FrenchGrammar {
  gender: 'm' | 'f';
  number: 's' | 'p';
  /** `def`: takes le/la/les ("le Mali", "la Convention"); `none`: bare ("Bamako", "GLO.ACT"). */
  article: 'def' | 'none';
  /** The name begins with a vowel sound: "l'Office", "d'Ouagadougou". Data, never guessed from spelling. */
  elision: boolean;
  /** In running text the name begins lower-case ("la traite des personnes", "la loi n°2012-023"). */
  lowercase: boolean;
  /**
   * How to say "in/at" this place: `a` (à + article: "au Mali", "à Bamako", "aux Pays-Bas"),
   * `en` ("en Guinée", "en Côte d'Ivoire"), `dans` (dans + article: "dans la région de Sikasso").
   */
  locative: 'a' | 'en' | 'dans';
}

/** English grammar of the name sentences use for a node. */
export interface EnglishGrammar {
  /** `the`: "the Trafficking in Persons Protocol"; `none`: "Mali", "Law 2012-023". */
  article: 'the' | 'none';
  number: 's' | 'p';
  lowercase: boolean;
}

export interface NodeGrammar {
  en: EnglishGrammar;
  fr: FrenchGrammar;
}
