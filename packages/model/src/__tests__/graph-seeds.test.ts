import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSeeds, defaultSeedsDir } from '../seeds/load-seeds';
import { formatSeedIssue } from '../seeds/seed-issue';

/**
 * The real graph-seeds/: valid as a whole, and every quote from a seed article found verbatim in
 * the article's text (checked here directly against the files, not only through the validator).
 */
describe('graph-seeds', () => {
  const dir = defaultSeedsDir();
  const { graph, issues } = checkSeeds(dir);
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const articleText = (file: string): string => fold(readFileSync(join(dir, file), 'utf8'));

  it('validates with no error', () => {
    expect(issues.map(formatSeedIssue)).toEqual([]);
  });

  it('has the five seed articles as sources titled by their first line', () => {
    const articles = graph.sources.filter((s) => s.type === 'ARTICLE');
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      const firstLine = readFileSync(join(dir, a.file!), 'utf8').split('\n')[0]!.trim();
      expect(a.title).toBe(firstLine);
    }
  });

  const citations = [
    ...graph.nodes.flatMap((n) => n.citations.map((c) => ({ owner: n.id, ...c }))),
    ...graph.relations.flatMap((r) => r.citations.map((c) => ({ owner: r.id, ...c }))),
  ];

  it('cites every node and relation', () => {
    for (const item of [...graph.nodes, ...graph.relations]) expect(item.citations.length).toBeGreaterThan(0);
  });

  it.each(
    citations
      .filter((c) => sources.get(c.sourceId)?.type === 'ARTICLE')
      .map((c) => [c.owner, c.quote, c.sourceId]),
  )('%s quotes its article verbatim: "%s"', (_owner, quote, sourceId) => {
    expect(articleText(sources.get(sourceId)!.file!)).toContain(fold(quote));
  });

  it('keeps the confidence of every outside fact, and loads no low-confidence one', () => {
    const outside = citations.filter((c) => sources.get(c.sourceId)?.type === 'REFERENCE');
    expect(outside.length).toBeGreaterThan(0);
    for (const c of outside) expect(['high', 'medium']).toContain(c.confidence);
  });
});
