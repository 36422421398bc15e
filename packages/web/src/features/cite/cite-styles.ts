import type { CSLDate } from '@citation-js/core';
import { formatPartialDate } from '../../lib/format-values';
import type { Lang } from '../../lib/i18n/langs';
import { nodeName } from '../../domain/graph-content/node-names';
import {
  distinctSources,
  isoDay,
  nodeLink,
  pathLink,
  pathTitle,
  translator,
  type CitableNode,
  type CitablePath,
  type CiteOptions,
  type SourceEntry,
} from './cite-text';

/** The styles "Cite this" offers: plain text (cite-text.ts), a Chicago-style note, APA, and two for reference managers. */
export const CITE_STYLES = ['plain', 'chicago', 'apa', 'bibtex', 'csl'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

/** What every style writes from: the item cited, its link and access date, and its sources. */
export interface CitationRecord {
  /** A stable key for reference managers: "cadre_ml_law_2012_023". */
  key: string;
  title: string;
  link: string;
  accessed: Date;
  lang: Lang;
  sources: SourceEntry[];
}

/** A BibTeX-safe key (citation-js replaces keys with hyphens or dots): "cadre_ml_law_2012_023". */
export const citationKey = (id: string): string => id.replace(/[^A-Za-z0-9]+/g, '_');

export function nodeRecord(node: CitableNode, lang: Lang, options: CiteOptions = {}): CitationRecord {
  const name = nodeName(node, lang);
  return {
    key: citationKey(`cadre-${node.id}`),
    title: options.description ? `${name} (${options.description})` : name,
    link: options.link ?? nodeLink(node.id, lang, options),
    accessed: options.accessed ?? new Date(),
    lang,
    sources: distinctSources(node.sources),
  };
}

export function pathRecord(path: CitablePath, lang: Lang, options: CiteOptions = {}): CitationRecord {
  const ends = [path.nodes[0]?.id, path.nodes[path.nodes.length - 1]?.id].filter(Boolean).join('-to-');
  return {
    key: citationKey(`cadre-path-${ends}${path.index !== undefined ? `-${path.index + 1}` : ''}`),
    title: pathTitle(path, lang),
    link: options.link ?? pathLink(path, lang, options),
    accessed: options.accessed ?? new Date(),
    lang,
    sources: distinctSources(path.relations.flatMap((r) => r.sources ?? [])),
  };
}

const dateParts = (value: string): CSLDate => ({
  'date-parts': [value.split('-').map(Number) as [number] | [number, number] | [number, number, number]],
});

/** CSL-JSON, the data Zotero, Mendeley and citeproc read: the item cited, then each of its sources. */
export function cslItems(record: CitationRecord): Array<Record<string, unknown>> {
  const t = translator(record.lang);
  const main = {
    id: record.key,
    // citation-js keys BibTeX entries by citation-label; citation-key is CSL 1.0.2's name for it.
    'citation-key': record.key,
    'citation-label': record.key,
    type: 'webpage',
    title: record.title,
    'container-title': t('cite.work'),
    publisher: 'Cadre',
    URL: record.link,
    accessed: dateParts(isoDay(record.accessed)),
    language: record.lang,
  };
  const sources = record.sources.map(({ source, confidences }) => {
    const levels = confidences.map((c) => t(`citation.level.${c}`)).join(', ');
    return {
      id: source.id,
      'citation-key': citationKey(source.id),
      'citation-label': citationKey(source.id),
      type: source.type === 'ARTICLE' ? 'webpage' : 'document',
      title: source.title,
      ...(source.publisher ? { author: [{ literal: source.publisher }], publisher: source.publisher } : {}),
      ...(source.publishedOn ? { issued: dateParts(source.publishedOn) } : {}),
      ...(source.url ? { URL: source.url } : {}),
      ...(source.type === 'REFERENCE'
        ? { note: levels ? t('citeStyles.referenceReliability', { level: levels }) : t('cite.reference') }
        : {}),
    };
  });
  return [main, ...sources];
}

/**
 * A Chicago-style note for the item, then a bibliography entry per source (Chicago Manual of
 * Style, 17th ed., web pages: publisher as author when there is no author; dates in the
 * interface's language).
 */
export function chicagoNotes(record: CitationRecord): string {
  const t = translator(record.lang);
  const date = (value: string): string => formatPartialDate(value, record.lang);
  const note = `1. “${record.title.replace(/\.$/, '')},” ${t('cite.work')}, ${t('citeStyles.accessedOn', {
    date: date(isoDay(record.accessed)),
  })}, ${record.link}.`;
  const entries = record.sources.map(({ source, confidences }) => {
    const parts = [source.publisher ? `${source.publisher}.` : '', `“${source.title}.”`];
    if (source.publishedOn) parts.push(`${date(source.publishedOn)}.`);
    if (source.url) parts.push(`${source.url}.`);
    if (source.type === 'REFERENCE') {
      const levels = confidences.map((c) => t(`citation.level.${c}`)).join(', ');
      parts.push(
        `[${levels ? t('citeStyles.referenceReliability', { level: levels }) : t('cite.reference')}]`,
      );
    }
    return parts.filter(Boolean).join(' ');
  });
  return [note, '', `${t('citeStyles.noteSources')}:`, ...entries].join('\n');
}

/** citation-js with its CSL (APA) and BibTeX plugins: a few hundred kB, loaded on first use only. */
async function citationJs() {
  const [core] = await Promise.all([
    import('@citation-js/core'),
    import('@citation-js/plugin-csl'),
    import('@citation-js/plugin-bibtex'),
  ]);
  return core.Cite;
}

/** The citation in `style` (APA and BibTeX through citation-js, loaded on demand). */
export async function formatCitation(
  record: CitationRecord,
  style: Exclude<CiteStyle, 'plain'>,
): Promise<string> {
  switch (style) {
    case 'chicago':
      return chicagoNotes(record);
    case 'csl':
      return `${JSON.stringify(cslItems(record), null, 2)}\n`;
    case 'apa': {
      const Cite = await citationJs();
      // citation-js bundles the APA style with the en-US locale only: APA is written in English.
      const text = new Cite(cslItems(record)).format('bibliography', {
        format: 'text',
        template: 'apa',
        lang: 'en-US',
      });
      return String(text).trim();
    }
    case 'bibtex': {
      const Cite = await citationJs();
      return String(new Cite(cslItems(record)).format('bibtex')).trim();
    }
  }
}
