import { type ApiSuiteRunner } from './api-suite-runner';
import { graphql } from './gql';

/**
 * What French must never say: a place or a name without its article ("à Mali", "à Protocole") or
 * an article the construction should have contracted ("de le" → du, "à les" → aux...).
 */
const BAD_FRENCH = [/\bà Mali\b/, /\bà Protocole\b/, /\bde le\b/, /\bà le\b/, /\bde les\b/, /\bà les\b/];

/**
 * Every relation of graph-seeds/ read aloud in French through the API (`Relation.sentence`), and
 * the French explanation of paths, checked against BAD_FRENCH: the sentences come from the seeded
 * grammar of each node, so a missing or wrong grammar entry shows up here, on every store.
 */
export function defineWholeGraphFrenchTests({ ok, seed }: ApiSuiteRunner): void {
  describe('French sentences over the whole graph', () => {
    const page = graphql(`
      query FrenchSentencesPage($after: String) {
        # Pages of 25 nodes, each with its relations (sentences cost more), stay under the cost limit.
        listNodes(first: 25, after: $after) {
          edges {
            node {
              relations {
                id
                sentence(lang: FR)
                inferred
                inferredLabel(lang: FR)
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);

    it('reads every relation in French with its articles contracted, and marks inferences "déduit"', async () => {
      const sentences = new Map<
        string,
        { sentence: string; inferred: boolean; inferredLabel: string | null }
      >();
      let after: string | undefined;
      for (;;) {
        const { listNodes } = await ok(page, { after });
        for (const edge of listNodes.edges) for (const r of edge.node.relations) sentences.set(r.id, r);
        if (!listNodes.pageInfo.hasNextPage) break;
        after = listNodes.pageInfo.endCursor ?? undefined;
      }
      expect(sentences.size).toBe(seed().relations.length);
      const bad = [...sentences.values()]
        .map((r) => r.sentence)
        .filter((s) => BAD_FRENCH.some((pattern) => pattern.test(s)));
      expect(bad).toEqual([]);
      for (const r of sentences.values()) {
        expect(r.sentence).toMatch(/^\p{Lu}.*\.$/u);
        expect(r.sentence.includes('(déduit)')).toBe(r.inferred);
        expect(r.sentence).not.toMatch(/\(inferred\)/);
        expect(r.inferredLabel).toBe(r.inferred ? 'déduit' : null);
      }
    });

    it('explains paths through Mali in French with "au Mali"', async () => {
      const { paths } = await ok(
        graphql(`
          query FrenchPathsThroughMali {
            paths(from: "ml-law-2012-023", to: "ml-decree-2011-036", maxHops: 3, first: 10) {
              fr: explanation(lang: FR)
              nodes {
                id
              }
            }
          }
        `),
      );
      const throughMali = paths.filter((p) => p.nodes.some((n) => n.id === 'ml-mali'));
      expect(throughMali.length).toBeGreaterThan(0);
      for (const p of throughMali) expect(p.fr).toMatch(/\bau Mali\b/);
      for (const p of paths) for (const pattern of BAD_FRENCH) expect(p.fr).not.toMatch(pattern);
    });
  });
}
