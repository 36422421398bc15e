import { isValidOn, type PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import type { RelationKind } from '../vocabulary/relation-kinds';
import { inForceOn, type InstrumentStatusOn } from './instrument-status';
import type { LocalizedText, Obligation } from './law-records';
import { partyFrom, partyOn, type PartyBasis, type PartyOn } from './party-status';
import { placesWithin } from './standing-graph';

/**
 * Per article, what the graph holds: a national provision (or a whole national text) cited as
 * giving effect to it; only related measures (a plan, a body, a training linked to the article);
 * or nothing. NOTHING_IN_GRAPH says the graph holds no evidence, not that the law has no
 * provision: the interface must say which of the two it shows, and it can only ever show this one.
 */
export type ArticleImplementationStatus = 'PROVISION_CITED' | 'RELATED_MEASURE_ONLY' | 'NOTHING_IN_GRAPH';

export interface ImplementationLink {
  relation: RelationRecord;
  /** The national provision or text (for PROVISION_CITED), or the measure. */
  node: NodeRecord;
  /** For a national provision, the text it is part of. */
  instrument?: NodeRecord;
  /** PROVISION when an article is named; INSTRUMENT when the sources name only the whole text. */
  granularity: 'PROVISION' | 'INSTRUMENT' | 'MEASURE';
  /** An analyst's reading (the relation's note says what it rests on). */
  inferred: boolean;
}

export interface ArticleImplementation {
  provision: NodeRecord;
  number?: string;
  heading?: LocalizedText;
  obligation?: Obligation;
  obligationNote?: LocalizedText;
  status: ArticleImplementationStatus;
  provisions: ImplementationLink[];
  relatedMeasures: ImplementationLink[];
}

export interface ImplementationMap {
  treaty: NodeRecord;
  jurisdiction: NodeRecord;
  asOf?: PartialDate;
  /** The treaty's own status on `asOf` (absent without a date). */
  treatyStatus?: InstrumentStatusOn;
  /** The jurisdiction's participation: where it runs from and, with a date, its status then. */
  party?: { relation: RelationRecord; from?: PartyBasis; on?: PartyOn };
  /** Every article of the treaty, in article order, whether or not anything links to it. */
  articles: ArticleImplementation[];
  /** National measures linked to the treaty as a whole: kept apart, as they name no article. */
  treatyMeasures: ImplementationLink[];
}

export interface ImplementationMapInput {
  treatyId: string;
  /** A PLACE: the country whose national texts, bodies and events are looked at. */
  jurisdictionId: string;
  /** Only what stands on that date (as the stores' asOf); everything when absent. */
  asOf?: PartialDate;
  nodes: readonly NodeRecord[];
  relations: readonly RelationRecord[];
}

/** Participation and ratification are not implementation measures; they have their own answer. */
const NOT_MEASURES: readonly RelationKind[] = [
  'PARTY_TO',
  'SIGNED',
  'PART_OF',
  'GIVES_EFFECT_TO',
  'SUPPLEMENTS',
];

const byArticleNumber = (a: NodeRecord, b: NodeRecord): number =>
  (parseInt(a.number ?? '', 10) || 0) - (parseInt(b.number ?? '', 10) || 0) ||
  (a.number ?? '').localeCompare(b.number ?? '');

/**
 * The national nodes of a jurisdiction: texts that apply in it, their provisions, bodies based
 * in it, events held in it, programmes that cover it.
 */
function nationalNodes(places: Set<string>, relations: readonly RelationRecord[]): Set<string> {
  const national = new Set<string>();
  for (const r of relations) {
    if (['APPLIES_IN', 'BASED_IN', 'HELD_IN', 'COVERS'].includes(r.kind) && places.has(r.to))
      national.add(r.from);
  }
  for (const r of relations) if (r.kind === 'PART_OF' && national.has(r.to)) national.add(r.from);
  return national;
}

/**
 * The implementation map of a treaty for a jurisdiction on a date, computed from records alone
 * (no store, no I/O): every article with its obligation type, the national provisions linked to it
 * by GIVES_EFFECT_TO, related measures, and a status. "Nothing in the graph" is not "no provision
 * in law": it only says that no source loaded here links anything to that article.
 */
export function implementationMap(input: ImplementationMapInput): ImplementationMap {
  const { asOf } = input;
  const stands = (x: { validFrom?: PartialDate; validTo?: PartialDate }): boolean =>
    asOf === undefined || isValidOn(asOf, x.validFrom, x.validTo);
  const nodes = new Map(input.nodes.filter(stands).map((n) => [n.id, n]));
  const relations = input.relations.filter((r) => stands(r) && nodes.has(r.from) && nodes.has(r.to));
  const treaty = input.nodes.find((n) => n.id === input.treatyId);
  const jurisdiction = input.nodes.find((n) => n.id === input.jurisdictionId);
  if (!treaty) throw new Error(`No treaty "${input.treatyId}"`);
  if (!jurisdiction) throw new Error(`No jurisdiction "${input.jurisdictionId}"`);

  const national = nationalNodes(placesWithin(jurisdiction.id, relations), relations);
  const partOf = new Map(relations.filter((r) => r.kind === 'PART_OF').map((r) => [r.from, r.to]));
  const link = (
    relation: RelationRecord,
    nodeId: string,
    granularity?: ImplementationLink['granularity'],
  ) => {
    const node = nodes.get(nodeId)!;
    const parent = node.kind === 'PROVISION' ? nodes.get(partOf.get(node.id) ?? '') : undefined;
    return {
      relation,
      node,
      ...(parent ? { instrument: parent } : {}),
      granularity: granularity ?? (node.kind === 'PROVISION' ? 'PROVISION' : 'INSTRUMENT'),
      inferred: relation.inferred,
    } satisfies ImplementationLink;
  };
  const measuresOf = (id: string): ImplementationLink[] =>
    relations
      .filter((r) => !NOT_MEASURES.includes(r.kind) && (r.from === id || r.to === id))
      .map((r) => ({ r, other: r.from === id ? r.to : r.from }))
      .filter(({ other }) => national.has(other))
      .map(({ r, other }) => link(r, other, 'MEASURE'));

  const articles = [...nodes.values()]
    .filter((n) => n.kind === 'PROVISION' && partOf.get(n.id) === treaty.id)
    .sort(byArticleNumber)
    .map((provision): ArticleImplementation => {
      const cited = relations
        .filter((r) => r.kind === 'GIVES_EFFECT_TO' && r.to === provision.id && national.has(r.from))
        .map((r) => link(r, r.from));
      const related = measuresOf(provision.id);
      return {
        provision,
        ...(provision.number ? { number: provision.number } : {}),
        ...(provision.heading ? { heading: provision.heading } : {}),
        ...(provision.obligation ? { obligation: provision.obligation } : {}),
        ...(provision.obligationNote ? { obligationNote: provision.obligationNote } : {}),
        status:
          cited.length > 0
            ? 'PROVISION_CITED'
            : related.length > 0
              ? 'RELATED_MEASURE_ONLY'
              : 'NOTHING_IN_GRAPH',
        provisions: cited,
        relatedMeasures: related,
      };
    });

  const partyRelation =
    relations.find((r) => r.kind === 'PARTY_TO' && r.from === jurisdiction.id && r.to === treaty.id) ??
    input.relations.find((r) => r.kind === 'PARTY_TO' && r.from === jurisdiction.id && r.to === treaty.id);
  const participation = partyRelation?.participation;
  const from = participation ? partyFrom(participation) : undefined;
  return {
    treaty,
    jurisdiction,
    ...(asOf ? { asOf, treatyStatus: inForceOn(treaty, asOf) } : {}),
    ...(partyRelation
      ? {
          party: {
            relation: partyRelation,
            ...(from ? { from } : {}),
            ...(participation && asOf ? { on: partyOn(participation, asOf) } : {}),
          },
        }
      : {}),
    articles,
    treatyMeasures: measuresOf(treaty.id),
  };
}
