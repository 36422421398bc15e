/**
 * The closed vocabulary of node kinds (one per family, each a GraphQL type) and their sub-types.
 * Labels are shown in the explorer and used in path explanations, so both languages are required.
 */
export interface Label {
  en: string;
  fr: string;
}

export const NODE_KINDS = {
  INSTRUMENT: {
    label: { en: 'Instrument', fr: 'Instrument' },
    plural: { en: 'Instruments', fr: 'Instruments' },
    types: {
      CONVENTION: { en: 'Convention', fr: 'Convention' },
      PROTOCOL: { en: 'Protocol', fr: 'Protocole' },
      LAW: { en: 'Law', fr: 'Loi' },
      DECREE: { en: 'Decree', fr: 'Décret' },
      ORDINANCE: { en: 'Ordinance', fr: 'Ordonnance' },
      CODE: { en: 'Code', fr: 'Code' },
      DECLARATION: { en: 'Declaration', fr: 'Déclaration' },
      AGREEMENT: { en: 'Agreement', fr: 'Accord' },
      ACTION_PLAN: { en: 'Action plan', fr: "Plan d'action" },
      STRATEGY: { en: 'Strategy', fr: 'Stratégie' },
      RESOLUTION: { en: 'Resolution', fr: 'Résolution' },
      /** An arrêté (ministerial or prime-ministerial order): not a decree. */
      ORDER: { en: 'Order (arrêté)', fr: 'Arrêté' },
    },
  },
  INSTITUTION: {
    label: { en: 'Institution', fr: 'Institution' },
    plural: { en: 'Institutions', fr: 'Institutions' },
    types: {
      UN_ENTITY: { en: 'UN entity', fr: 'Entité des Nations Unies' },
      INTERGOVERNMENTAL_ORGANIZATION: {
        en: 'Intergovernmental organization',
        fr: 'Organisation intergouvernementale',
      },
      GOVERNMENT: { en: 'Government', fr: 'Gouvernement' },
      NATIONAL_BODY: { en: 'National body', fr: 'Organe national' },
      MISSION: { en: 'Mission', fr: 'Mission' },
      TRAINING_INSTITUTE: { en: 'Training institute', fr: 'Institut de formation' },
      CIVIL_SOCIETY: { en: 'Civil society', fr: 'Société civile' },
      /**
       * People named by their role rather than a body: juvenile judges, traditional leaders, law
       * enforcement officers, a workshop's instructors, an unnamed expert.
       */
      ACTOR_GROUP: { en: 'Actors', fr: 'Acteurs' },
    },
  },
  PROGRAMME: {
    label: { en: 'Programme', fr: 'Programme' },
    plural: { en: 'Programmes', fr: 'Programmes' },
    types: {
      PROGRAMME: { en: 'Programme', fr: 'Programme' },
      PROJECT: { en: 'Project', fr: 'Projet' },
      /** Efforts the sources name without a programme's frame ("governments are developing initiatives"). */
      INITIATIVE: { en: 'Initiative', fr: 'Initiative' },
    },
  },
  EVENT: {
    label: { en: 'Event', fr: 'Événement' },
    plural: { en: 'Events', fr: 'Événements' },
    types: {
      WORKSHOP: { en: 'Workshop', fr: 'Atelier' },
      TRAINING: { en: 'Training', fr: 'Formation' },
      DONATION: { en: 'Donation', fr: 'Don' },
      LAUNCH: { en: 'Launch', fr: 'Lancement' },
      MEETING: { en: 'Meeting', fr: 'Réunion' },
      /** A part of a workshop: a module, an exercise (HELD_DURING the workshop). */
      SESSION: { en: 'Session', fr: 'Séance' },
      /** The showing of a film (HELD_DURING the event that aired it). */
      SCREENING: { en: 'Screening', fr: 'Projection' },
      VOTE: { en: 'Vote', fr: 'Vote' },
      CRISIS: { en: 'Crisis', fr: 'Crise' },
      /** A dated estimate the sources give (migrants passing through a country in a year). */
      ESTIMATE: { en: 'Estimate', fr: 'Estimation' },
    },
  },
  PLACE: {
    label: { en: 'Place', fr: 'Lieu' },
    plural: { en: 'Places', fr: 'Lieux' },
    types: {
      COUNTRY: { en: 'Country', fr: 'Pays' },
      REGION: { en: 'Region', fr: 'Région' },
      CITY: { en: 'City', fr: 'Ville' },
      DISTRICT: { en: 'District', fr: 'Quartier' },
    },
  },
  CONCEPT: {
    label: { en: 'Concept', fr: 'Notion' },
    plural: { en: 'Concepts', fr: 'Notions' },
    types: {
      OFFENCE: { en: 'Offence', fr: 'Infraction' },
      PRACTICE: { en: 'Practice', fr: 'Pratique' },
      THEME: { en: 'Theme', fr: 'Thème' },
      /** What an event, a programme or a body aims at (AIMS_AT), in a noun phrase. */
      OBJECTIVE: { en: 'Objective', fr: 'Objectif' },
      /** A factor the sources say contributes to something (FACTOR_IN): poverty, a crisis. */
      FACTOR: { en: 'Factor', fr: 'Facteur' },
      /** A way of working a programme follows (FOLLOWS): the prevention, protection... approach. */
      APPROACH: { en: 'Approach', fr: 'Approche' },
    },
  },
  /** A unit of an instrument (an article), the unit legal work is done in: see graph-seeds/README.md. */
  PROVISION: {
    label: { en: 'Provision', fr: 'Disposition' },
    plural: { en: 'Provisions', fr: 'Dispositions' },
    types: {
      ARTICLE: { en: 'Article', fr: 'Article' },
    },
  },
} as const satisfies Record<string, { label: Label; plural: Label; types: Record<string, Label> }>;

export type NodeKind = keyof typeof NODE_KINDS;
export type NodeTypeOf<K extends NodeKind> = keyof (typeof NODE_KINDS)[K]['types'];
export type NodeType = { [K in NodeKind]: NodeTypeOf<K> }[NodeKind];

export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];

export function isNodeKind(value: string): value is NodeKind {
  return Object.prototype.hasOwnProperty.call(NODE_KINDS, value);
}

/** The sub-types allowed for a kind, e.g. LAW and DECREE for INSTRUMENT. */
export function nodeTypesOf(kind: NodeKind): string[] {
  return Object.keys(NODE_KINDS[kind].types);
}

export function nodeTypeLabel(kind: NodeKind, type: string): Label | undefined {
  const types: Record<string, Label> = NODE_KINDS[kind].types;
  return types[type];
}
