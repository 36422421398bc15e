import { useTranslation } from 'react-i18next';
import type { ImplementationLinkFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { ObligationBadge } from '../../ui/ObligationBadge';
import type { ImplementationMapData } from './map-csv';
import { StatusMarker } from './StatusMarker';

export interface ImplementationMapTableProps {
  map: ImplementationMapData;
  /** Shows a node in the graph (with the instrument it is part of, for an article). */
  onReveal(id: string, instrument?: string): void;
}

/** A national provision, text or measure linked to an article: a button that shows it in the graph. */
export function LinkedNode({
  link,
  onReveal,
}: {
  link: ImplementationLinkFieldsFragment;
  onReveal(id: string, instrument?: string): void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = lang === 'fr' ? link.node.shortNameFr : link.node.shortNameEn;
  const note = lang === 'fr' ? link.relation.noteFr : link.relation.noteEn;
  return (
    <li className="map-link">
      <button
        type="button"
        className="link-button"
        aria-label={t('map.showInGraph', { name })}
        onClick={() => onReveal(link.node.id, link.instrument?.id)}
      >
        {name}
      </button>
      {link.granularity === 'INSTRUMENT' ? <span className="badge">{t('map.wholeText')}</span> : null}
      {link.granularity === 'MEASURE' ? <span className="badge">{t('map.measure')}</span> : null}
      {link.inferred ? (
        <span className="badge badge-inferred" title={note ? t('map.inferredHint', { note }) : undefined}>
          {t('map.inferred')}
        </span>
      ) : null}
    </li>
  );
}

/** Every citation of the links, folded: the table stays one line per article until asked. */
function Citations({ links }: { links: readonly ImplementationLinkFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <CitationDisclosure citations={links.flatMap((l) => l.relation.sources)} empty={t('map.noCitations')} />
  );
}

/**
 * The map as a table, one row per article of the treaty: number (showing the article in the graph),
 * heading, obligation type, status (marker and words), the national provisions and measures linked
 * to it, and their citations.
 */
export function ImplementationMapTable({ map, onReveal }: ImplementationMapTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const treatyName = lang === 'fr' ? map.treaty.shortNameFr : map.treaty.shortNameEn;
  if (map.articles.length === 0) return <p className="muted">{t('map.noArticles')}</p>;
  return (
    <table className="map-table">
      <caption className="visually-hidden">
        {t('map.title', {
          treaty: treatyName,
          jurisdiction:
            lang === 'fr' ? (map.jurisdiction.nameFr ?? map.jurisdiction.nameEn) : map.jurisdiction.nameEn,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('map.columns.number')}</th>
          <th scope="col">{t('map.columns.heading')}</th>
          <th scope="col">{t('map.columns.obligation')}</th>
          <th scope="col">{t('map.columns.status')}</th>
          <th scope="col">{t('map.columns.provisions')}</th>
          <th scope="col">{t('map.columns.citations')}</th>
        </tr>
      </thead>
      <tbody>
        {map.articles.map((a) => {
          const links = [...a.provisions, ...a.relatedMeasures];
          const articleName = lang === 'fr' ? (a.provision.nameFr ?? a.provision.nameEn) : a.provision.nameEn;
          return (
            <tr key={a.provision.id} className={`map-row map-row-${a.status}`} data-article={a.number ?? ''}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('map.showInGraph', { name: articleName })}
                  onClick={() => onReveal(a.provision.id, map.treaty.id)}
                >
                  {a.number}
                </button>
              </th>
              <td>{lang === 'fr' ? (a.headingFr ?? a.headingEn) : (a.headingEn ?? a.headingFr)}</td>
              <td>{a.obligation ? <ObligationBadge obligation={a.obligation} /> : null}</td>
              <td>
                <StatusMarker status={a.status} />
              </td>
              <td>
                {links.length > 0 ? (
                  <ul className="map-links">
                    {links.map((l) => (
                      <LinkedNode key={l.relation.id} link={l} onReveal={onReveal} />
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>
                <Citations links={links} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
