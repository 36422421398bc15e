import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { OWN_CITATIONS, waitForGraph, waitForParam } from './support/explorer-page';
import { openSection, tourBar } from './support/trainer-page';

jest.setTimeout(60_000);

type Tree = { [key: string]: string | Tree };
const LOCALES = resolve(__dirname, '../packages/web/src/lib/i18n/locales');
const load = (lang: string): Map<string, string> => {
  const flat = new Map<string, string>();
  const walk = (tree: Tree, prefix: string): void => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(readFileSync(resolve(LOCALES, `${lang}.json`), 'utf8')) as Tree, '');
  return flat;
};

/**
 * The interface strings of `lang` that the other language words differently, as patterns over a
 * whole label ("{{count}} steps" matches "7 steps"). Where both languages say the same ("Pause",
 * "Relation"), there is nothing to catch.
 */
function onlyIn(lang: 'en' | 'fr'): RegExp[] {
  const mine = load(lang);
  const other = load(lang === 'en' ? 'fr' : 'en');
  const base = (key: string): string => key.replace(/_(one|many|other)$/, '');
  const otherValues = new Set([...other.values()]);
  return [...mine]
    .filter(
      ([key, value]) =>
        !otherValues.has(value) &&
        [...other.keys()].some((k) => base(k) === base(key)) &&
        value.replace(/\{\{\w+\}\}/g, '').trim().length >= 4,
    )
    .map(
      ([, value]) =>
        new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`),
    );
}

/** Every piece of interface text: buttons, labels, headings of panels, hints, accessible names, placeholders. */
const interfaceTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts: string[] = [];
    const add = (t: string | null | undefined): void => {
      const text = t?.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text.replace(/^[◀▶❚ ]+|[◀▶ ]+$/g, ''));
    };
    document
      .querySelectorAll(
        'button, label, summary, legend, dt, .panel-hint, .tour-bar-meta, .time-value, .panel-subheading, .path-heading, .tour-offline, .muted, option',
      )
      .forEach((e) => add(e.textContent));
    document.querySelectorAll('[aria-label]').forEach((e) => add(e.getAttribute('aria-label')));
    document.querySelectorAll('[placeholder]').forEach((e) => add(e.getAttribute('placeholder')));
    return texts;
  });

describe('the interface in English and in French', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  const everythingOpen = async (paths: string, tours: string): Promise<void> => {
    await openSection(page, paths);
    await openSection(page, tours);
    await page.locator('.path-explanation').first().waitFor();
    await waitForGraph(page);
  };

  it('shows no English in the French interface, with a tour, a path and the details open', async () => {
    await page.goto(
      '/?lang=fr&tour=mali-framework&step=3&focus=ml-decree-2011-036&expand=ml-committee-tip&layout=dagre&asOf=2011&sel=relation:ml-decree-2011-036.ESTABLISHES.ml-committee-tip&from=ml-decree-2011-036&to=ml-mali',
    );
    await everythingOpen('Quels liens entre eux ?', 'Parcours');
    await page.getByRole('complementary', { name: 'Détails' }).locator(OWN_CITATIONS).first().waitFor();
    const english = onlyIn('en');
    const texts = await interfaceTexts(page);
    const leaks = texts.filter((text) => english.some((pattern) => pattern.test(text)));
    expect(leaks).toEqual([]);
    // The check sees the interface: many of its texts are French-only strings.
    const french = onlyIn('fr');
    expect(texts.filter((text) => french.some((pattern) => pattern.test(text))).length).toBeGreaterThan(40);
    expect(
      await page.getByRole('slider', { name: 'Cadre en vigueur au' }).getAttribute('aria-valuetext'),
    ).toBe('2011');
  });

  it('switches to English at any time, keeping the view, and shows no French', async () => {
    const before = new URL(page.url()).searchParams;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await waitForParam(page, 'lang', null);
    await tourBar(page)
      .getByRole('heading', { name: 'Decree 2011-036 establishes the Committee (2011)' })
      .waitFor();
    await everythingOpen('How are these connected?', 'Tours');
    const after = new URL(page.url()).searchParams;
    before.delete('lang');
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
    const french = onlyIn('fr');
    const leaks = (await interfaceTexts(page)).filter((text) => french.some((pattern) => pattern.test(text)));
    expect(leaks).toEqual([]);
  });

  it('switches in presentation mode too', async () => {
    await tourBar(page).getByRole('button', { name: 'Present' }).click();
    await page
      .getByRole('group', { name: 'Presentation' })
      .getByRole('button', { name: 'FR', exact: true })
      .click();
    await waitForParam(page, 'lang', 'fr');
    await tourBar(page, 'Parcours')
      .getByRole('heading', { name: 'Le décret 2011-036 institue le Comité (2011)' })
      .waitFor();
    await page.getByRole('button', { name: 'Quitter la présentation' }).click();
    await waitForParam(page, 'present', null);
  });
});
