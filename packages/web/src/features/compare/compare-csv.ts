import type { TFunction } from 'i18next';
import { describeInForce } from '../../domain/law/describe-in-force';
import { toCsv, type CsvValue } from '../../lib/csv';
import type { Lang } from '../../lib/i18n/langs';
import { citationsText } from '../../ui/CitationDisclosure';
import type { Comparison } from './compare-query';

export const COMPARE_COLUMNS = [
  'section',
  'jurisdiction',
  'jurisdiction_name',
  'as_of',
  'item',
  'item_name',
  'status',
  'status_label',
  'detail',
  'citations',
  'view_url',
] as const;

export interface CompareCsvOptions {
  lang: Lang;
  t: TFunction;
  /** The comparison's shareable address (viewAddress), on every row so a row leads back to it. */
  address: string;
}

/**
 * The comparison as CSV, one row per cell: each state's standing in each treaty (with its dates,
 * computed ones marked), each coverage column, each national text (its in-force status and the
 * columns it covers), each coordination body, and each treaty's implementation counts. Every
 * row carries its citations and the comparison's address.
 */
export function comparisonCsv(comparison: Comparison, { lang, t, address }: CompareCsvOptions): string {
  const asOf = comparison.asOf ?? comparison.statusDate;
  const columnLabel = (id: string): string => comparison.columns.find((c) => c.id === id)?.label ?? id;
  const rows: CsvValue[][] = [];
  for (const p of comparison.profiles) {
    const row = (section: string, cells: CsvValue[]): void => {
      rows.push([section, p.jurisdiction.id, p.jurisdiction.name, asOf, ...cells, address]);
    };
    comparison.treaties.forEach((treaty, i) => {
      const s = p.participation[i];
      if (!s) return;
      const dates = [
        s.signatureDate ? `${t('participation.signature')}: ${s.signatureDate}` : null,
        s.consentDate
          ? `${s.consentKind ? t(`participation.consentKind.${s.consentKind}`) : t('participation.consent')}: ${s.consentDate}`
          : null,
        s.entryIntoForceDate
          ? `${t('participation.entryIntoForce')}: ${s.entryIntoForceDate}${s.entryIntoForceComputed ? ` (${t('compare.computed')})` : ''}`
          : null,
      ].filter(Boolean);
      row('participation', [
        treaty.id,
        treaty.shortName,
        s.recorded ? s.status : `${s.status} (${t('compare.unrecorded')})`,
        s.label,
        [...dates, s.otherReadings ? t('compare.otherReadings') : null].filter(Boolean).join('; '),
        citationsText(s.sources),
      ]);
    });
    for (const cell of p.coverage) {
      const texts = [...new Set(cell.links.map((l) => l.instrument.shortName))].join('; ');
      row('coverage', [
        cell.column.id,
        columnLabel(cell.column.id),
        cell.status,
        cell.label,
        texts || cell.note,
        citationsText(cell.sources),
      ]);
    }
    for (const i of p.instruments) {
      row('national_text', [
        i.instrument.id,
        i.instrument.shortName,
        i.status.status,
        describeInForce(i.status, t, lang),
        [i.binding ? null : t('compare.policy'), i.columns.map(columnLabel).join('; ')]
          .filter(Boolean)
          .join(' — '),
        citationsText(i.sources),
      ]);
    }
    for (const b of p.coordinationBodies) {
      row('coordination_body', [
        b.body.id,
        b.body.name,
        '',
        '',
        [
          b.establishedBy.length
            ? `${t('compare.establishedBy')}: ${b.establishedBy.map((r) => r.from.shortName).join('; ')}`
            : null,
          b.columns.length ? `${t('compare.addresses')}: ${b.columns.map(columnLabel).join('; ')}` : null,
        ]
          .filter(Boolean)
          .join(' — '),
        citationsText(b.sources),
      ]);
    }
    comparison.treaties.forEach((treaty, i) => {
      const counts = p.implementation[i]?.statusCounts ?? [];
      row('implementation', [
        treaty.id,
        treaty.shortName,
        '',
        '',
        counts.map((c) => `${c.label}: ${c.count}`).join('; '),
        '',
      ]);
    });
  }
  return toCsv(COMPARE_COLUMNS, rows);
}

/** cadre-compare-ml-mali-ne-niger-sn-senegal-2012.csv */
export const compareFileName = (ids: readonly string[], asOf: string | null): string =>
  `cadre-compare-${ids.join('-')}${asOf ? `-${asOf}` : ''}.csv`;
