import nodeResponse from '../../__fixtures__/node-ml-law-2012-023.json';
import { decodeViewState } from '../../domain/view-url/view-state-url';
import { citeNode, citePath, nodeLink, pathLink, type CitableNode, type CitablePath } from './cite-text';

const law = nodeResponse.data.node as unknown as CitableNode;
const accessed = new Date(2026, 10, 22); // 22 November 2026, local time
const origin = 'http://cadre.example';

const source = (id: string, extra: Partial<CitableNode['sources'][number]['source']> = {}) => ({
  id,
  title: `Title of ${id}`,
  type: 'ARTICLE' as const,
  publishedOn: null,
  url: null,
  publisher: null,
  ...extra,
});

const path: CitablePath = {
  nodes: [
    { id: 'ml-law-2012-023', nameEn: 'Law 2012-023', nameFr: 'Loi 2012-023' },
    { id: 'int-trafficking-in-persons', nameEn: 'Trafficking in persons', nameFr: 'Traite des personnes' },
    { id: 'un-tip-protocol', nameEn: 'Trafficking in Persons Protocol', nameFr: null },
  ],
  relations: [
    {
      sources: [
        { source: source('a', { publisher: 'UNODC', publishedOn: '2018-05', url: 'https://example.org/a' }) },
      ],
    },
    {
      sources: [
        { source: source('ref-b', { type: 'REFERENCE' }), confidence: 'MEDIUM' },
        { source: source('a') },
      ],
    },
  ],
  explanation:
    'Law 2012-023 addresses Trafficking in persons. Trafficking in Persons Protocol addresses Trafficking in persons.',
};

describe('citeNode', () => {
  it('gives the name, the description, the work, a stable link and the access date, then each source once', () => {
    const text = citeNode(law, 'en', { accessed, origin, description: 'Instrument · Law' });
    const [first, blank, heading, ...sources] = text.split('\n');
    expect(first).toBe(
      `${law.nameEn} (Instrument · Law). In: Cadre, a knowledge graph of Mali's legal framework against trafficking in persons and smuggling of migrants. ` +
        `${origin}/?focus=ml-law-2012-023&sel=node:ml-law-2012-023 (accessed 22 November 2026).`,
    );
    expect(blank).toBe('');
    expect(heading).toBe('Sources:');
    // 10 citations from 7 sources.
    expect(sources).toHaveLength(new Set(law.sources.map((s) => s.source.id)).size);
    expect(sources[0]).toBe('1. UNODC supports Mali in the fight against human trafficking, UNODC.');
    // Reference facts say how sure the reference table is ("reliability", the interface's word);
    // one backing two facts gives both levels.
    expect(sources.find((l) => l.includes('lechallenger.com'))).toMatch(
      /\[reference fact, reliability: high, medium\]$/,
    );
    // Publisher and date when the source has them.
    expect(text).toContain('10 October 2025');
  });

  it('is written in French for the French interface, with the French name and link', () => {
    const text = citeNode(law, 'fr', { accessed, origin, description: 'Instrument · Loi' });
    expect(text.split('\n')[0]).toBe(
      `${law.nameFr} (Instrument · Loi). Dans : Cadre, graphe de connaissances du cadre juridique malien contre la traite des personnes et le trafic illicite de migrants. ` +
        `${origin}/?focus=ml-law-2012-023&lang=fr&sel=node:ml-law-2012-023 (consulté le 22 novembre 2026).`,
    );
    expect(text).toContain('Sources :');
    expect(text).toMatch(/\[fait de référence, fiabilité : élevée, moyenne\]/);
    expect(text).toContain('10 octobre 2025');
  });

  it('says so when nothing is cited', () => {
    expect(citeNode({ id: 'x', nameEn: 'X', sources: [] }, 'en', { accessed, origin })).toMatch(
      /\n\nNo source cited\.$/,
    );
  });
});

describe('links', () => {
  it('opens the explorer on the node, selected, through the view-state codec (with the date when set)', () => {
    const link = new URL(nodeLink('ml-decree-2011-036', 'en', { origin, asOf: '2011' }));
    expect(decodeViewState(link.search)).toMatchObject({
      focus: 'ml-decree-2011-036',
      selected: { type: 'node', id: 'ml-decree-2011-036' },
      asOf: '2011',
      lang: 'en',
    });
  });

  it('shows a whole path: "How are these connected?" between its ends, centred on the first', () => {
    const state = decodeViewState(new URL(pathLink(path, 'fr', { origin, asOf: '2015' })).search);
    expect(state).toMatchObject({
      focus: 'ml-law-2012-023',
      pathFrom: 'ml-law-2012-023',
      pathTo: 'un-tip-protocol',
      lang: 'fr',
      asOf: '2015',
    });
  });
});

describe('citePath', () => {
  it('says how the ends are connected, which path it is and through what, with the explanation, the link and the sources of every relation', () => {
    const text = citePath({ ...path, index: 1, count: 3 }, 'en', { accessed, origin });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      `How “Law 2012-023” is connected to “Trafficking in Persons Protocol”, path 2 of 3 (Law 2012-023 → Trafficking in persons → Trafficking in Persons Protocol): ${path.explanation!.replace(/\.$/, '')}. In: Cadre, a knowledge graph of Mali's legal framework against trafficking in persons and smuggling of migrants. ` +
        `${pathLink(path, 'en', { origin })} (accessed 22 November 2026).`,
    );
    expect(lines.slice(2)).toEqual([
      'Sources:',
      '1. Title of a, UNODC, May 2018. https://example.org/a',
      '2. Title of ref-b. [reference fact, reliability: medium]',
    ]);
  });

  it('works without an explanation, in French, and takes a link made elsewhere', () => {
    const text = citePath({ ...path, explanation: null }, 'fr', { accessed, link: 'http://x/?paths' });
    expect(text.split('\n')[0]).toBe(
      'Comment « Loi 2012-023 » est relié à « Trafficking in Persons Protocol » (Loi 2012-023 → Traite des personnes → Trafficking in Persons Protocol). Dans : Cadre, graphe de connaissances du cadre juridique malien contre la traite des personnes et le trafic illicite de migrants. http://x/?paths (consulté le 22 novembre 2026).',
    );
  });
});
