import nodeResponse from '../../__fixtures__/node-ml-law-2012-023.json';
import type { CitableNode } from './cite-text';
import { chicagoNotes, cslItems, formatCitation, nodeRecord, pathRecord } from './cite-styles';

const law = nodeResponse.data.node as unknown as CitableNode;
const accessed = new Date(2026, 10, 22);
const origin = 'https://cadre.example.org';
const record = nodeRecord(law, 'en', { accessed, origin, description: 'Instrument · Law' });

describe('citation styles', () => {
  it('CSL-JSON: the item with its link and access date, then each source with publisher, date and address', () => {
    const [item, ...sources] = cslItems(record);
    expect(item).toMatchObject({
      id: 'cadre_ml_law_2012_023',
      type: 'webpage',
      title: `${law.nameEn} (Instrument · Law)`,
      URL: `${origin}/?focus=ml-law-2012-023&sel=node:ml-law-2012-023`,
      accessed: { 'date-parts': [[2026, 11, 22]] },
    });
    expect(sources).toHaveLength(new Set(law.sources.map((s) => s.source.id)).size);
    const dated = sources.find((s) => s.issued);
    expect(dated).toMatchObject({ issued: { 'date-parts': [[2025, 10, 10]] } });
    expect(sources.find((s) => s.id === 'unodc-2017-committee-workshop')).toMatchObject({
      author: [{ literal: 'UNODC' }],
      publisher: 'UNODC',
    });
    expect(
      sources.filter((s) => String(s.note ?? '').startsWith('reference fact, reliability')),
    ).not.toHaveLength(0);
  });

  it('Chicago: a note with the access date and link, then the sources', () => {
    const text = chicagoNotes(record);
    expect(text.split('\n')[0]).toBe(
      `1. “${law.nameEn} (Instrument · Law),” Cadre, a knowledge graph of Mali's legal framework against trafficking in persons and smuggling of migrants, accessed 22 November 2026, ${origin}/?focus=ml-law-2012-023&sel=node:ml-law-2012-023.`,
    );
    expect(text).toContain('UNODC. “UNODC supports Mali in the fight against human trafficking.”');
  });

  it('BibTeX and APA through citation-js, keyed and dated', async () => {
    const bibtex = await formatCitation(record, 'bibtex');
    expect(bibtex).toMatch(/^@\w+\{cadre_ml_law_2012_023,/);
    expect(bibtex).toContain(`${origin}/?focus=ml-law-2012-023`);
    expect(bibtex).toContain('@misc{unodc_2017_committee_workshop,');
    const apa = await formatCitation(record, 'apa');
    expect(apa).toContain('Law No. 2012-023');
    expect(apa).toContain(`${origin}/?focus=ml-law-2012-023`);
    expect(apa).toContain('UNODC.');
  });

  it('names a path by its place among those found', () => {
    const path = pathRecord(
      {
        nodes: [
          { id: 'a', nameEn: 'A' },
          { id: 'b', nameEn: 'B' },
        ],
        relations: [{ sources: [] }],
        index: 0,
        count: 2,
      },
      'en',
      { accessed, origin },
    );
    expect(path.key).toBe('cadre_path_a_to_b_1');
    expect(path.title).toBe('How “A” is connected to “B”, path 1 of 2 (A → B)');
  });
});
