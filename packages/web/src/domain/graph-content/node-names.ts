import type { Lang } from '../../lib/i18n/langs';

interface Named {
  nameEn: string;
  nameFr?: string | null;
  /** The API's short names ("OHCHR" / "HCDH", "Law 2012-023" / "Loi n°2012-023"), when asked for. */
  shortNameEn?: string | null;
  shortNameFr?: string | null;
  aliases?: ReadonlyArray<{ name: string; source?: { id: string } | null }>;
}

/** The node's name in `lang`; the English name when there is no French one (as the API does). */
export const nodeName = (node: Named, lang: Lang): string =>
  lang === 'fr' && node.nameFr ? node.nameFr : node.nameEn;

const GRAPH_LABEL_MAX = 42;

/** "UNTOC", "CNCLTP", "C182": reads the same in both languages. */
const ACRONYM = /^[A-Z0-9][A-Z0-9.\-/]{1,11}$/;

/** The initials of a name's words: "Office des Nations Unies contre la drogue" → "ODNUCLD". */
const initials = (name: string): string =>
  name
    .split(/[\s'’-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

/** Whether an acronym's letters are the initials of `name`, in order (UNODC in English, ONUDC in French). */
export function acronymOf(acronym: string, name: string): boolean {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  const pool = initials(name);
  let at = 0;
  for (const letter of letters) {
    at = pool.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return letters.length > 1;
}

/**
 * A label short enough to sit under a node, in the interface's language: the name when it is
 * short, else the API's short name in that language ("HCDH" in French, "OHCHR" in English), else
 * an alias that no source disputes ("Law 2012-023", "UNTOC"). Aliases carry no language, so an
 * acronym is taken in a language only when its letters are that language's name's initials
 * (ONUDC, not UNODC, under a French name); else the name cut with an ellipsis. The full name is
 * in the list view and the details panel.
 */
export function graphLabel(node: Named, lang: Lang): string {
  const name = nodeName(node, lang);
  if (name.length <= GRAPH_LABEL_MAX) return name;
  const short = lang === 'fr' ? (node.shortNameFr ?? node.shortNameEn) : node.shortNameEn;
  if (short && short.length <= GRAPH_LABEL_MAX && short !== name) return short;
  const undisputed = (node.aliases ?? []).filter((a) => !a.source && a.name.length <= GRAPH_LABEL_MAX);
  const acronyms = undisputed.filter((a) => ACRONYM.test(a.name));
  const ownAcronym = acronyms.find((a) => acronymOf(a.name, name));
  if (ownAcronym) return ownAcronym.name;
  // An acronym of the other language's name is a last resort in French (aliases are mostly English).
  const other = lang === 'fr' ? node.nameEn : null;
  const alias =
    lang === 'en'
      ? undisputed[0]
      : (acronyms.find((a) => !other || !acronymOf(a.name, other)) ?? acronyms[0]);
  if (alias) return alias.name;
  return `${name.slice(0, GRAPH_LABEL_MAX - 1).trimEnd()}…`;
}
