import { EmbeddedStore } from '@cadre/store';

/** The nodes the questions ask about, chosen on the seed graph to match the shapes. */
export interface QuestionIds {
  /** A node with about 8 relations (N1). */
  n1: string;
  /** A node with about 64 nodes within 2 hops (N2). */
  n2: string;
  /** Two nodes 3 hops apart (paths). */
  pathFrom: string;
  pathTo: string;
}

export async function pickQuestions(seedsDir?: string): Promise<QuestionIds> {
  const store = EmbeddedStore.fromSeeds(seedsDir);
  const { nodes } = await store.listNodes({ first: 200 });
  let n1 = { id: '', gap: Infinity };
  let n2 = { id: '', gap: Infinity };
  for (const n of nodes) {
    const degree = (await store.relationsOf(n.id, { direction: 'BOTH' })).length;
    if (Math.abs(degree - 8) < n1.gap) n1 = { id: n.id, gap: Math.abs(degree - 8) };
    const reach = (await store.neighborhood(n.id, { depth: 2, limit: 2000 }))?.nodes.length ?? 0;
    if (Math.abs(reach - 64) < n2.gap) n2 = { id: n.id, gap: Math.abs(reach - 64) };
  }
  const one = new Set((await store.neighborhood(n2.id, { depth: 1, limit: 2000 }))?.nodes.map((n) => n.id));
  const three = (await store.neighborhood(n2.id, { depth: 3, limit: 2000 }))?.nodes ?? [];
  const two = new Set((await store.neighborhood(n2.id, { depth: 2, limit: 2000 }))?.nodes.map((n) => n.id));
  const far = three.find((n) => !two.has(n.id)) ?? three.find((n) => !one.has(n.id));
  await store.close();
  return { n1: n1.id, n2: n2.id, pathFrom: n2.id, pathTo: far?.id ?? n1.id };
}
