import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { detailsPanel, graphNodeIds, waitForGraph, waitForParam } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { elementClasses, slideTo, timeSlider } from './support/trainer-page';

jest.setTimeout(90_000);

const TIP = 'un-tip-protocol';
const PARTY_TO = 'ml-mali.PARTY_TO.un-tip-protocol';

const edgeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__cadre?.graph?.edgeIds() ?? []);
const text = async (page: Page, selector: string): Promise<string> => {
  const element = detailsPanel(page).locator(selector);
  await element.waitFor();
  return ((await element.textContent()) ?? '').trim();
};

/** What the API says of the Protocol and of Mali's participation on a date. */
const apiStatus = (asOf: string) =>
  queryApi<{
    node: { status: { status: string } };
    relation: { participation: { status: { status: string } } };
  }>(
    `query($asOf: PartialDate) {
      node(id: "${TIP}") { ... on Instrument { status(asOf: $asOf) { status } } }
      relation(id: "${PARTY_TO}") { participation { status(asOf: $asOf) { status } } }
    }`,
    { asOf },
  );

describe('law as law: in force, party, articles', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('as of 1 June 2001: the TIP Protocol is adopted but not in force, and Mali is not a party', async () => {
    const api = await apiStatus('2001-06-01');
    expect(api.node.status.status).toBe('ADOPTED_NOT_IN_FORCE');
    expect(api.relation.participation.status.status).toBe('SIGNATORY');

    await page.goto(`/?focus=${TIP}&asOf=2001-06-01&sel=node:${TIP}`);
    await waitForGraph(page, TIP);
    expect(await text(page, '.in-force-status')).toBe(
      'As of 1 June 2001 · Adopted, not yet in force (entry into force 25 December 2003)',
    );
    // Shown, not hidden, and not drawn as in force: a dashed border, named in the legend.
    expect(await elementClasses(page, TIP)).toContain('not-in-force');
    await page.getByText('Not yet in force on the date').waitFor();
    // Mali is not yet a party: no "is a party to" relation on that date.
    expect(await edgeIds(page)).not.toContain(PARTY_TO);
    expect(await graphNodeIds(page)).not.toContain('ml-mali');

    await page.goto(`/?focus=${TIP}&asOf=2001-06-01&sel=relation:${PARTY_TO}`);
    expect(await text(page, '.party-status')).toBe('As of 1 June 2001: Signatory, not a party');
    expect(await text(page, '.party-from')).toMatch(
      /^Party from 25 December 2003 — basis: entry into force for the State/,
    );
  });

  it('with the time slider at 2004: in force, and Mali a party (the relation is drawn)', async () => {
    await page.goto(`/?focus=${TIP}&asOf=2001-06-01&sel=node:${TIP}`);
    await waitForGraph(page, TIP);
    await slideTo(page, 2004);
    await waitForParam(page, 'asOf', '2004');
    await waitForGraph(page, 'ml-mali');
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toBe('2004');
    expect(await elementClasses(page, TIP)).not.toContain('not-in-force');
    expect(await edgeIds(page)).toContain(PARTY_TO);
    await page.waitForFunction(() =>
      document.querySelector('.in-force-status')?.textContent?.startsWith('As of 2004 · In force'),
    );
    expect(await text(page, '.in-force-status')).toBe(
      'As of 2004 · In force since 25 December 2003 — basis: entry into force',
    );

    const api = await apiStatus('2004-01-01');
    expect([api.node.status.status, api.relation.participation.status.status]).toEqual(['IN_FORCE', 'PARTY']);
    await page.goto(`/?focus=${TIP}&asOf=2004-01-01&sel=relation:${PARTY_TO}`);
    await waitForGraph(page, 'ml-mali');
    expect(await edgeIds(page)).toContain(PARTY_TO);
    expect(await text(page, '.party-status')).toBe('As of 1 January 2004: Party');
    // The entry into force for Mali is computed, and says so; the national act is another reading.
    await detailsPanel(page).getByText('computed').first().waitFor();
    await detailsPanel(page).getByText('other reading', { exact: true }).waitFor();
  });

  it("draws the Protocol's articles only when asked", async () => {
    const { node } = await queryApi<{ node: { provisions: Array<{ id: string }> } }>(
      `{ node(id: "${TIP}") { ... on Instrument { provisions { id } } } }`,
    );
    expect(node.provisions).toHaveLength(20);
    await page.goto(`/?focus=${TIP}&sel=node:${TIP}`);
    await waitForGraph(page, TIP);
    const before = await graphNodeIds(page);
    expect(before.filter((id) => id.startsWith(`${TIP}-art-`)).length).toBeLessThan(5);
    await detailsPanel(page).getByRole('button', { name: 'Show its articles (20)' }).click();
    await waitForParam(page, 'articles', TIP);
    await waitForGraph(page, `${TIP}-art-20`);
    const after = await graphNodeIds(page);
    for (const { id } of node.provisions) expect(after).toContain(id);
    // No state class (not in force, undated); the label plan's own classes say nothing of the law.
    const classes = await elementClasses(page, `${TIP}-art-5`);
    expect(classes.filter((c) => !c.startsWith('label-'))).toEqual([]);
  });

  it('speaks French: party status, markers and the relation note', async () => {
    const { relation } = await queryApi<{ relation: { note: string } }>(
      `{ relation(id: "${PARTY_TO}") { note(lang: FR) } }`,
    );
    await page.goto(`/?focus=${TIP}&asOf=2004-01-01&sel=relation:${PARTY_TO}&lang=fr`);
    const details = page.getByRole('complementary', { name: 'Détails' });
    await details.locator('.party-status').waitFor();
    expect(await details.locator('.party-status').textContent()).toBe('Au 1 janvier 2004 : Partie');
    await details.getByText(relation.note).waitFor();
    await details.getByText('autre lecture').waitFor();
    await details.getByText('dépôt auprès du dépositaire', { exact: false }).waitFor();
  });
});
