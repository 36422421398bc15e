import {
  byName,
  compareJurisdictions,
  isTreaty,
  nodeTypeLabel,
  ratificationMap,
  type NodeRecord,
} from '@cadre/model';
import type DataLoader from 'dataloader';
import { badInput } from '../errors';
import { CAPS } from '../limits/argument-caps';
import type { QueryResolvers } from '../generated/resolvers-types';
import { fetchComparisonRecords, fetchJurisdictions } from './fetch-comparison-records';
import { modelLang, today } from './localized';
import { requirePartialDate } from './partial-date-scalar';

/**
 * A comparison holds two states at least; at most CAPS.compareIds (side by side: four columns fit
 * a screen and a printed page) and CAPS.compareTreaties treaties (UNTOC, its Protocols and more).
 */
const MIN_COMPARED = 2;

const kindOf = (n: NodeRecord): string => (nodeTypeLabel(n.kind, n.type) ?? { en: n.kind }).en.toLowerCase();

/** Distinct ids, within bounds; refused with BAD_USER_INPUT naming the argument otherwise. */
function requireIds(name: string, ids: readonly string[], min: number, max: number, what: string): void {
  if (ids.length < min || ids.length > max) {
    throw badInput(`"${name}" must hold ${min} to ${max} ${what} ids (got ${ids.length})`, name);
  }
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw badInput(`"${name}" holds "${repeated}" twice`, name);
}

/** Loads nodes and checks each is what the argument wants, naming the argument and the id at fault. */
async function requireNodes(
  loader: DataLoader<string, NodeRecord | null>,
  name: string,
  ids: readonly string[],
  accept: (n: NodeRecord) => boolean,
  what: string,
): Promise<NodeRecord[]> {
  const found = await loader.loadMany(ids);
  return ids.map((id, i) => {
    const node = found[i];
    if (!node || node instanceof Error) throw badInput(`"${name}": no node with id "${id}"`, name);
    if (!accept(node)) throw badInput(`"${name}": "${id}" is not ${what} (it is a ${kindOf(node)})`, name);
    return node;
  });
}

const isCountry = (n: NodeRecord): boolean => n.kind === 'PLACE' && n.type === 'COUNTRY';
const TREATY = 'a treaty (a convention or protocol)';

/** Query.jurisdictions, Query.compareJurisdictions, Query.ratificationMap. */
export const comparisonQueries = {
  jurisdictions: async (_, { lang }, { store }) => {
    const { jurisdictions } = await fetchJurisdictions(store);
    return [...jurisdictions].sort(byName(modelLang(lang))).map((node) => ({ node, lang }));
  },

  compareJurisdictions: async (_, args, { store, nodes }) => {
    requireIds('ids', args.ids, MIN_COMPARED, CAPS.compareIds, 'jurisdiction');
    requireIds('treaties', args.treaties, 1, CAPS.compareTreaties, 'treaty');
    // One batched read for both lists (the loader batches what is asked in the same tick).
    await Promise.all([
      requireNodes(nodes, 'ids', args.ids, isCountry, 'a jurisdiction (a country)'),
      requireNodes(nodes, 'treaties', args.treaties, isTreaty, TREATY),
    ]);
    const asked = args.asOf ? requirePartialDate(args.asOf, 'asOf') : undefined;
    const records = await fetchComparisonRecords(store, args.ids, args.treaties);
    const comparison = compareJurisdictions(records, args.ids, asked ?? today(), args.treaties);
    return { comparison, ...(asked ? { asked } : {}), lang: args.lang };
  },

  ratificationMap: async (_, args, { store, nodes }) => {
    const [treaty] = await requireNodes(nodes, 'treaty', [args.treaty], isTreaty, TREATY);
    const asked = args.asOf ? requirePartialDate(args.asOf, 'asOf') : undefined;
    const { jurisdictions, relations } = await fetchJurisdictions(store);
    const map = ratificationMap({
      treaty: treaty!,
      jurisdictions: [...jurisdictions].sort(byName(modelLang(args.lang))),
      relations,
      asOf: asked ?? today(),
    });
    return { map, ...(asked ? { asked } : {}), lang: args.lang };
  },
} satisfies Pick<QueryResolvers, 'jurisdictions' | 'compareJurisdictions' | 'ratificationMap'>;
