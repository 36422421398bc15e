import { inForceOn, type NodeRecord } from '@cadre/model';
import type { InstrumentResolvers, ProvisionResolvers } from '../generated/resolvers-types';
import type { GraphQLContext } from '../context';
import { pickText, today } from './localized';
import { requirePartialDate } from './partial-date-scalar';
import { stageViews } from './stage-views';

const present = <T>(x: T | null | Error | undefined): x is T =>
  x !== null && x !== undefined && !(x instanceof Error);

/** Article order: numbers as numbers ("2" before "10"), then as text ("5 bis" after "5"). */
export const byArticleNumber = (a: NodeRecord, b: NodeRecord): number =>
  (parseInt(a.number ?? '', 10) || 0) - (parseInt(b.number ?? '', 10) || 0) ||
  (a.number ?? '').localeCompare(b.number ?? '') ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The provisions PART_OF an instrument, in article order. */
export async function provisionsOf(id: string, { store, nodes }: GraphQLContext): Promise<NodeRecord[]> {
  const parts = await store.relationsOf(id, { direction: 'IN', kinds: ['PART_OF'] });
  const loaded = await nodes.loadMany(parts.map((r) => r.from));
  return loaded
    .filter(present)
    .filter((n) => n.kind === 'PROVISION')
    .sort(byArticleNumber);
}

/** Instrument fields beyond the shared Node fields. */
export const instrumentFields = {
  stages: (n) => stageViews(n.stages ?? []),
  status: (n, { asOf }) => {
    const date = asOf ? requirePartialDate(asOf, 'asOf') : today();
    return { asOf: date, on: inForceOn(n, date), instrument: n };
  },
  entryIntoForceRule: (n) => n.entryIntoForceRule ?? null,
  provisions: (n, _, context) => provisionsOf(n.id, context),
} satisfies InstrumentResolvers;

/** Provision fields beyond the shared Node fields. */
export const provisionFields = {
  heading: (n, { lang }) => pickText(n.heading, lang),
  summary: (n, { lang }) => pickText(n.summary, lang),
  obligation: (n) => n.obligation ?? null,
  obligationNote: (n, { lang }) => pickText(n.obligationNote, lang),
  instrument: async (n, _, { store, nodes }) => {
    const [part] = await store.relationsOf(n.id, { direction: 'OUT', kinds: ['PART_OF'] });
    const parent = part ? await nodes.load(part.to) : null;
    return parent?.kind === 'INSTRUMENT' ? parent : null;
  },
} satisfies ProvisionResolvers;
