import i18next, { type TFunction } from 'i18next';
import { formatPartialDate } from '../../lib/format-values';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';
import { resources } from '../../lib/i18n/setup-i18n';
import { viewAddress } from '../../domain/view-url/view-address';
import type { Lang } from '../../lib/i18n/langs';

/** What a citation needs of a source; the API's SourceFields fragment has all of it. */
export interface CitableSource {
  id: string;
  title: string;
  type: 'ARTICLE' | 'REFERENCE';
  publishedOn?: string | null;
  url?: string | null;
  publisher?: string | null;
}

export interface CitableCitation {
  source: CitableSource;
  /** For reference facts: how sure the reference table is. */
  confidence?: 'HIGH' | 'MEDIUM' | null;
}

export interface CitableNode {
  id: string;
  nameEn: string;
  nameFr?: string | null;
  sources: readonly CitableCitation[];
}

/** A path as the API's `paths` query gives it (nodes in order, the relations between them). */
export interface CitablePath {
  nodes: ReadonlyArray<{
    id: string;
    nameEn: string;
    nameFr?: string | null;
    /** Short names ("Law 2012-023") for the route the citation names the path by. */
    aliases?: ReadonlyArray<{ name: string; source?: { id: string } | null }>;
  }>;
  /** Relations without `sources` are cited without them (PathCitation fetches them first). */
  relations: ReadonlyArray<{ sources?: readonly CitableCitation[] }>;
  /** The path read aloud, in the citation's language (the API's `explanation(lang:)`). */
  explanation?: string | null;
  /** Which of the paths found it is (0-based) and how many there are, so the citation names it. */
  index?: number;
  count?: number;
}

export interface CiteOptions {
  /** When the item was looked at; defaults to now. */
  accessed?: Date;
  /** The explorer's address; defaults to this page's origin. */
  origin?: string;
  /** The date the view was set to, kept in the link so it shows the same state of the framework. */
  asOf?: string | null;
  /** "Instrument · Decree": shown after the name when given. */
  description?: string;
  /** A ready-made link (e.g. to a paths view), instead of the one built here. */
  link?: string;
}

const translators = new Map<Lang, TFunction>();

/** The citation is built outside React (the paths panel calls it too), with the app's own strings. */
export function translator(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: lang,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
      showSupportNotice: false,
    });
    t = instance.t;
    translators.set(lang, t);
  }
  return t;
}

/** The explorer's link that opens on a node, selected. */
export function nodeLink(
  id: string,
  lang: Lang,
  { origin, asOf = null }: Pick<CiteOptions, 'origin' | 'asOf'> = {},
): string {
  return viewAddress({ focus: id, selected: { type: 'node', id }, lang, asOf }, { origin });
}

/**
 * The explorer's link that shows a whole path: "How are these connected?" between its ends
 * (which draws and explains the paths), centred on its first node.
 */
export function pathLink(
  path: CitablePath,
  lang: Lang,
  { origin, asOf = null }: Pick<CiteOptions, 'origin' | 'asOf'> = {},
): string {
  const first = path.nodes[0];
  const last = path.nodes[path.nodes.length - 1];
  if (!first || !last) return viewAddress({}, { origin });
  return viewAddress({ focus: first.id, pathFrom: first.id, pathTo: last.id, lang, asOf }, { origin });
}

export interface SourceEntry {
  source: CitableSource;
  /** The confidences of its reference facts, highest first (a source may back several facts). */
  confidences: Array<'HIGH' | 'MEDIUM'>;
}

/** Each source once (a node often quotes one article several times), in the order first cited. */
export function distinctSources(citations: readonly CitableCitation[]): SourceEntry[] {
  const seen = new Map<string, SourceEntry>();
  for (const c of citations) {
    const entry = seen.get(c.source.id) ?? { source: c.source, confidences: [] };
    if (c.confidence && !entry.confidences.includes(c.confidence)) entry.confidences.push(c.confidence);
    seen.set(c.source.id, entry);
  }
  for (const entry of seen.values()) entry.confidences.sort((a, b) => (a === b ? 0 : a === 'HIGH' ? -1 : 1));
  return [...seen.values()];
}

function sourceLine({ source, confidences }: SourceEntry, index: number, t: TFunction, lang: Lang): string {
  const parts = [`${index + 1}. ${source.title}`];
  if (source.publisher) parts.push(source.publisher);
  if (source.publishedOn) parts.push(formatPartialDate(source.publishedOn, lang));
  let line = `${parts.join(', ')}.`;
  if (source.url) line += ` ${source.url}`;
  if (source.type === 'REFERENCE') {
    const levels = confidences.map((c) => t(`citation.level.${c}`)).join(', ');
    // "Reliability", the interface's word for the reference table's confidence.
    line += ` [${levels ? t('citeStyles.referenceReliability', { level: levels }) : t('cite.reference')}]`;
  }
  return line;
}

export const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function citation(
  title: string,
  citations: readonly CitableCitation[],
  link: string,
  lang: Lang,
  accessed: Date,
): string {
  const t = translator(lang);
  const sources = distinctSources(citations);
  const lines = [
    `${title.replace(/\.$/, '')}. ${t('cite.in', { work: t('cite.work') })}. ${link} (${t('cite.accessed', { date: formatPartialDate(isoDay(accessed), lang) })}).`,
    '',
    sources.length > 0 ? t('cite.sources') : t('cite.noSources'),
    ...sources.map((s, i) => sourceLine(s, i, t, lang)),
  ];
  return lines.join('\n');
}

/** "Name (Instrument · Decree). In: Cadre… <link> (accessed …)." and its sources, one a line. */
export function citeNode(node: CitableNode, lang: Lang, options: CiteOptions = {}): string {
  const name = nodeName(node, lang);
  const title = options.description ? `${name} (${options.description})` : name;
  const link = options.link ?? nodeLink(node.id, lang, options);
  return citation(title, node.sources, link, lang, options.accessed ?? new Date());
}

/**
 * A path's citation: how its ends are connected (with the API's explanation when given), every
 * source of its relations, the access date and a link that shows the path. For the paths panel.
 */
export function citePath(path: CitablePath, lang: Lang, options: CiteOptions = {}): string {
  const link = options.link ?? pathLink(path, lang, options);
  return citation(
    pathTitle(path, lang),
    path.relations.flatMap((r) => r.sources ?? []),
    link,
    lang,
    options.accessed ?? new Date(),
  );
}

/**
 * What a path citation calls the path: how its ends are connected, which of the paths found it is
 * and the nodes it goes through ("…, path 2 of 3 (Decree 2011-036 → Committee → Law 2012-023)"), so
 * a reader can tell it from the others the same link shows; then the API's explanation.
 */
export function pathTitle(path: CitablePath, lang: Lang): string {
  const t = translator(lang);
  const first = path.nodes[0];
  const last = path.nodes[path.nodes.length - 1];
  if (!first || !last) return t('cite.pathEmpty');
  const heading = t('cite.pathTitle', { from: nodeName(first, lang), to: nodeName(last, lang) });
  // The graph's short labels: the ends are named in full just before.
  const route = path.nodes.map((n) => graphLabel(n, lang)).join(' → ');
  const named =
    path.index !== undefined && path.index >= 0 && path.count
      ? t('citeStyles.pathNamed', { heading, number: path.index + 1, count: path.count, route })
      : t('citeStyles.pathRoute', { heading, route });
  const explanation = path.explanation?.trim().replace(/\.$/, '');
  return explanation ? t('cite.pathExplained', { heading: named, explanation }) : named;
}
