import type { Label, NodeKind } from './node-kinds';

/**
 * The closed vocabulary of relation kinds. Direction reads as a sentence ("from verb to"), and the
 * verb phrases are what path explanations are built from, in both languages.
 * `from`/`to` list the node kinds a relation may join; the validator enforces them so that a
 * typo in a seed file ("Mali ESTABLISHES a concept") is caught before loading.
 */
export interface RelationKindSpec {
  label: Label;
  /**
   * The verb phrase as a vocabulary label ("est partie à"). Sentences do not paste it: they are
   * built by `relationSentence` from sentences/relation-phrases.ts and the nodes' seeded grammar,
   * so that French says "au Mali" and "du Protocole" and verbs agree with their subject.
   */
  verb: Label;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
}

const ANY: readonly NodeKind[] = [
  'INSTRUMENT',
  'INSTITUTION',
  'PROGRAMME',
  'EVENT',
  'PLACE',
  'CONCEPT',
  'PROVISION',
];

export const RELATION_KINDS = {
  SUPPLEMENTS: {
    label: { en: 'Supplements', fr: 'Complète' },
    verb: { en: 'supplements', fr: 'complète' },
    from: ['INSTRUMENT'],
    to: ['INSTRUMENT'],
  },
  PARTY_TO: {
    label: { en: 'Party to', fr: 'Partie à' },
    verb: { en: 'is a party to', fr: 'est partie à' },
    from: ['PLACE', 'INSTITUTION'],
    to: ['INSTRUMENT'],
  },
  SIGNED: {
    label: { en: 'Signed', fr: 'A signé' },
    verb: { en: 'signed', fr: 'a signé' },
    from: ['PLACE', 'INSTITUTION'],
    to: ['INSTRUMENT'],
  },
  ADOPTED: {
    label: { en: 'Adopted', fr: 'A adopté' },
    verb: { en: 'adopted', fr: 'a adopté' },
    from: ['INSTITUTION', 'PLACE'],
    to: ['INSTRUMENT'],
  },
  ESTABLISHES: {
    label: { en: 'Establishes', fr: 'Institue' },
    verb: { en: 'establishes', fr: 'institue' },
    from: ['INSTRUMENT'],
    to: ['INSTITUTION'],
  },
  ADDRESSES: {
    label: { en: 'Addresses', fr: 'Porte sur' },
    verb: { en: 'addresses', fr: 'porte sur' },
    from: ANY,
    to: ['CONCEPT'],
  },
  IMPLEMENTS: {
    label: { en: 'Implements', fr: 'Met en œuvre' },
    verb: { en: 'implements', fr: 'met en œuvre' },
    from: ['INSTITUTION', 'PROGRAMME', 'INSTRUMENT', 'EVENT'],
    // A plan, a body or a training may implement one article (a related measure, not legislation).
    to: ['INSTRUMENT', 'PROGRAMME', 'PROVISION'],
  },
  APPLIES_IN: {
    label: { en: 'Applies in', fr: "S'applique à" },
    verb: { en: 'applies in', fr: "s'applique à" },
    from: ['INSTRUMENT'],
    to: ['PLACE'],
  },
  BASED_IN: {
    label: { en: 'Based in', fr: 'Siège' },
    verb: { en: 'is based in', fr: 'a son siège à' },
    from: ['INSTITUTION'],
    to: ['PLACE'],
  },
  LOCATED_IN: {
    label: { en: 'Located in', fr: 'Se trouve dans' },
    verb: { en: 'is located in', fr: 'se trouve dans' },
    from: ['PLACE'],
    to: ['PLACE'],
  },
  HELD_IN: {
    label: { en: 'Held in', fr: 'Tenu à' },
    verb: { en: 'took place in', fr: "s'est tenu à" },
    from: ['EVENT'],
    to: ['PLACE'],
  },
  ORGANISED: {
    label: { en: 'Organised', fr: 'A organisé' },
    verb: { en: 'organised', fr: 'a organisé' },
    from: ['INSTITUTION'],
    to: ['EVENT'],
  },
  FUNDED: {
    label: { en: 'Funded', fr: 'A financé' },
    verb: { en: 'funded', fr: 'a financé' },
    from: ['INSTITUTION', 'PLACE'],
    to: ['EVENT', 'PROGRAMME', 'INSTITUTION'],
  },
  PARTICIPATED_IN: {
    label: { en: 'Took part in', fr: 'A participé à' },
    verb: { en: 'took part in', fr: 'a participé à' },
    from: ['INSTITUTION', 'PLACE'],
    to: ['EVENT'],
  },
  PART_OF: {
    label: { en: 'Part of', fr: 'Fait partie de' },
    verb: { en: 'is part of', fr: 'fait partie de' },
    from: ['EVENT', 'PROGRAMME', 'INSTRUMENT', 'PROVISION'],
    to: ['PROGRAMME', 'INSTRUMENT'],
  },
  LEADS: {
    label: { en: 'Leads', fr: 'Pilote' },
    verb: { en: 'leads', fr: 'pilote' },
    from: ['INSTITUTION'],
    to: ['PROGRAMME'],
  },
  PARTNER_IN: {
    label: { en: 'Partner in', fr: 'Partenaire de' },
    verb: { en: 'is a partner in', fr: 'est partenaire de' },
    from: ['INSTITUTION'],
    to: ['PROGRAMME'],
  },
  COVERS: {
    label: { en: 'Covers', fr: 'Couvre' },
    verb: { en: 'covers', fr: 'couvre' },
    // An event too: an estimate covers the country it counts.
    from: ['PROGRAMME', 'INSTRUMENT', 'EVENT'],
    to: ['PLACE'],
  },
  GUARDIAN_OF: {
    label: { en: 'Guardian of', fr: 'Gardien de' },
    verb: { en: 'is the guardian of', fr: 'est le gardien de' },
    from: ['INSTITUTION'],
    to: ['INSTRUMENT'],
  },
  SUPPORTS: {
    label: { en: 'Supports', fr: 'Appuie' },
    verb: { en: 'supports', fr: 'appuie' },
    from: ['INSTITUTION'],
    to: ['INSTITUTION'],
  },
  BENEFICIARY_OF: {
    label: { en: 'Benefited from', fr: 'A bénéficié de' },
    verb: { en: 'benefited from', fr: 'a bénéficié de' },
    from: ['INSTITUTION'],
    to: ['EVENT'],
  },
  CONTRIBUTES_TO: {
    label: { en: 'Contributes to', fr: 'Contribue à' },
    verb: { en: 'contributes to', fr: 'contribue à' },
    from: ['INSTITUTION'],
    to: ['INSTRUMENT', 'PROGRAMME'],
  },
  DISTINGUISHED_FROM: {
    label: { en: 'Distinguished from', fr: 'Se distingue de' },
    verb: { en: 'is distinguished from', fr: 'se distingue de' },
    from: ['CONCEPT'],
    to: ['CONCEPT'],
  },
  FORM_OF: {
    label: { en: 'Form of', fr: 'Forme de' },
    verb: { en: 'is a form of', fr: 'est une forme de' },
    from: ['CONCEPT'],
    to: ['CONCEPT'],
  },
  REPRESENTED: {
    label: { en: 'Represented', fr: 'A représenté' },
    verb: { en: 'represented', fr: 'a représenté' },
    from: ['INSTITUTION'],
    to: ['INSTITUTION'],
  },
  /**
   * A national provision (or a whole national instrument, where the sources name no article) that
   * gives effect to a treaty provision. Almost always a reading: inferred, with a note.
   */
  GIVES_EFFECT_TO: {
    label: { en: 'Gives effect to', fr: 'Donne effet à' },
    verb: { en: 'gives effect to', fr: 'donne effet à' },
    from: ['PROVISION', 'INSTRUMENT'],
    to: ['PROVISION'],
  },
  DEFINES: {
    label: { en: 'Defines', fr: 'Définit' },
    verb: { en: 'defines', fr: 'définit' },
    from: ['PROVISION', 'INSTRUMENT'],
    to: ['CONCEPT'],
  },
  CRIMINALISES: {
    label: { en: 'Criminalises', fr: 'Incrimine' },
    verb: { en: 'criminalises', fr: 'incrimine' },
    from: ['PROVISION', 'INSTRUMENT'],
    to: ['CONCEPT'],
  },
  /** Where an event's participants came from (the regions of Mali at the 2018 leaders' workshop). */
  PARTICIPANTS_FROM: {
    label: { en: 'Participants from', fr: 'Participants venus de' },
    verb: { en: 'drew participants from', fr: 'a réuni des participants venus de' },
    from: ['EVENT'],
    to: ['PLACE'],
  },
  /** A part of an event, or something done during it (a screening, a module, a donation). */
  HELD_DURING: {
    label: { en: 'Held during', fr: 'Tenu pendant' },
    verb: { en: 'took place during', fr: 'a eu lieu pendant' },
    from: ['EVENT'],
    to: ['EVENT'],
  },
  /** The objective the sources give an event, a programme, a text or a body. */
  AIMS_AT: {
    label: { en: 'Aims at', fr: 'A pour objectif' },
    verb: { en: 'aims at', fr: 'a pour objectif' },
    from: ['EVENT', 'PROGRAMME', 'INSTRUMENT', 'INSTITUTION'],
    to: ['CONCEPT'],
  },
  /** The role the sources give a body or a group of actors (traditional leaders, law enforcement). */
  PLAYS_ROLE_IN: {
    label: { en: 'Plays a role in', fr: 'Joue un rôle dans' },
    verb: { en: 'plays a role in', fr: 'joue un rôle dans' },
    from: ['INSTITUTION'],
    to: ['CONCEPT'],
  },
  /** An activity or programme done at someone's request ("upon request from the Government of Mali"). */
  REQUESTED: {
    label: { en: 'Requested', fr: 'A demandé' },
    verb: { en: 'requested', fr: 'a demandé' },
    from: ['INSTITUTION', 'PLACE'],
    to: ['EVENT', 'PROGRAMME'],
  },
  /** A factor the sources say contributes to something (poverty to the abuse of children). */
  FACTOR_IN: {
    label: { en: 'Factor in', fr: 'Facteur de' },
    verb: { en: 'is a factor in', fr: 'est un facteur de' },
    from: ['CONCEPT', 'EVENT'],
    to: ['CONCEPT'],
  },
  /** A place of origin, transit or destination of a flow (migration, trafficking, smuggling). */
  ORIGIN_TRANSIT_DESTINATION_OF: {
    label: { en: 'Origin, transit or destination of', fr: 'Origine, transit ou destination de' },
    verb: {
      en: 'is a place of origin, transit or destination of',
      fr: "est un lieu d'origine, de transit ou de destination de",
    },
    from: ['PLACE'],
    to: ['CONCEPT'],
  },
  /** An approach a programme or body follows (GLO.ACT's prevention, protection... approach). */
  FOLLOWS: {
    label: { en: 'Follows', fr: 'Suit' },
    verb: { en: 'follows', fr: 'suit' },
    from: ['PROGRAMME', 'INSTITUTION', 'INSTRUMENT'],
    to: ['CONCEPT'],
  },
  /** Who led a training as its instructors (not its participants). */
  CONDUCTED: {
    label: { en: 'Conducted', fr: 'A animé' },
    verb: { en: 'conducted', fr: 'a animé' },
    from: ['INSTITUTION'],
    to: ['EVENT'],
  },
  SUPERVISED: {
    label: { en: 'Supervised', fr: 'A supervisé' },
    verb: { en: 'supervised', fr: 'a supervisé' },
    from: ['INSTITUTION'],
    to: ['EVENT'],
  },
  /** A text that provides for a body without setting it up itself (a decree then does). */
  PROVIDES_FOR: {
    label: { en: 'Provides for', fr: 'Prévoit' },
    verb: { en: 'provides for', fr: 'prévoit' },
    from: ['INSTRUMENT', 'PROVISION'],
    to: ['INSTITUTION'],
  },
  /** A text that organises an existing body (its organisation and functioning, its remit). */
  GOVERNS: {
    label: { en: 'Governs', fr: 'Régit' },
    verb: { en: 'governs', fr: 'régit' },
    from: ['INSTRUMENT', 'PROVISION'],
    to: ['INSTITUTION'],
  },
  /** A law ratifying an ordinance (the legislature's ratification gives it the force of law). */
  RATIFIES: {
    label: { en: 'Ratifies', fr: 'Ratifie' },
    verb: { en: 'ratifies', fr: 'ratifie' },
    from: ['INSTRUMENT'],
    to: ['INSTRUMENT'],
  },
} as const satisfies Record<string, RelationKindSpec>;

export type RelationKind = keyof typeof RELATION_KINDS;
export const RELATION_KIND_NAMES = Object.keys(RELATION_KINDS) as RelationKind[];

export function isRelationKind(value: string): value is RelationKind {
  return Object.prototype.hasOwnProperty.call(RELATION_KINDS, value);
}

export function relationKindSpec(kind: RelationKind): RelationKindSpec {
  return RELATION_KINDS[kind];
}
