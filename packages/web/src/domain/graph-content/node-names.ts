import type { Lang } from '../../lib/i18n/langs';

interface Named {
  nameEn: string;
  nameFr?: string | null;
  aliases?: ReadonlyArray<{ name: string; source?: { id: string } | null }>;
}

/** The node's name in `lang`; the English name when there is no French one (as the API does). */
export const nodeName = (node: Named, lang: Lang): string =>
  lang === 'fr' && node.nameFr ? node.nameFr : node.nameEn;

const GRAPH_LABEL_MAX = 42;

/** "UNTOC", "CNCLTP", "C182": reads the same in both languages. */
const ACRONYM = /^[A-Z0-9][A-Z0-9.\-/]{1,11}$/;

/**
 * A label short enough to sit under a node: the name when it is short, else the first alias that
 * no source disputes ("Law 2012-023", "UNTOC"), else the name cut with an ellipsis. Aliases carry
 * no language and are mostly English, so the French view takes only acronyms from them. The full
 * name is in the list view and the details panel.
 */
export function graphLabel(node: Named, lang: Lang): string {
  const name = nodeName(node, lang);
  if (name.length <= GRAPH_LABEL_MAX) return name;
  const usable = (alias: string): boolean =>
    alias.length <= GRAPH_LABEL_MAX && (lang === 'en' || ACRONYM.test(alias));
  const alias = node.aliases?.find((a) => !a.source && usable(a.name));
  if (alias) return alias.name;
  return `${name.slice(0, GRAPH_LABEL_MAX - 1).trimEnd()}…`;
}
