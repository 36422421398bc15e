import en from './locales/en.json';
import fr from './locales/fr.json';

type Tree = { [key: string]: string | Tree };

/** Every string of a locale file with its key path: ["tour.problem.badId", "…"]. */
function strings(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : strings(value, `${prefix}${key}.`),
  );
}
const keys = (tree: Tree): string[] => strings(tree).map(([key]) => key);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string): string => key.replace(PLURAL, '');

describe('locale files', () => {
  it('have exactly the same keys in English and French (plural forms aside)', () => {
    const enKeys = new Set(keys(en as Tree).map(base));
    const frKeys = new Set(keys(fr as Tree).map(base));
    expect([...frKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !frKeys.has(k))).toEqual([]);
  });

  it('give every plural key the forms its language needs (French counts 0 as one, and has "many")', () => {
    for (const [lang, tree] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const all = keys(tree as Tree);
      const plurals = new Set(all.filter((k) => PLURAL.test(k)).map(base));
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of plurals) {
        for (const category of categories)
          expect({ lang, key: `${key}_${category}`, present: all.includes(`${key}_${category}`) }).toEqual({
            lang,
            key: `${key}_${category}`,
            present: true,
          });
      }
    }
  });

  it('leave no string empty', () => {
    for (const tree of [en, fr])
      expect(strings(tree as Tree).filter(([, value]) => value.trim() === '')).toEqual([]);
  });
});
