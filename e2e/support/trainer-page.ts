import type { Locator, Page } from 'playwright-core';
import { queryApi } from './graphql';

/** Page helpers for the trainers' and researchers' tools (time, paths, tours, presentation). */
export const timeSlider = (page: Page, name = 'Framework as of'): Locator =>
  page.getByRole('slider', { name });
export const tourBar = (page: Page, name = 'Tour'): Locator =>
  page.getByRole('region', { name, exact: true });
export const stepTitle = async (page: Page): Promise<string> =>
  (await tourBar(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
export const caption = async (page: Page): Promise<string> =>
  (await tourBar(page).locator('.tour-caption').textContent()) ?? '';

/** Opens a sidebar section (a <details>) by its summary text, unless it is open already. */
export async function openSection(page: Page, summary: string): Promise<void> {
  const details = page.locator('details.panel-section', {
    has: page.locator('summary', { hasText: summary }),
  });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Chooses the first suggestion for `text` in a node picker (a combobox named `name`). */
export async function pickNode(page: Page, name: string, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name, exact: true });
  await input.click();
  await input.fill(text);
  await page.getByRole('option').first().waitFor();
  await input.press('ArrowDown');
  await input.press('Enter');
}

/** Moves a year slider to `year` with the keyboard, as a person would (Home is its first year). */
export async function slideTo(page: Page, year: number, name?: string): Promise<void> {
  const slider = timeSlider(page, name);
  const min = Number(await slider.getAttribute('min'));
  await slider.focus();
  await slider.press('Home');
  for (let y = min; y < year; y++) await slider.press('ArrowRight');
}

/** The ids of a neighbourhood as the API gives it on a date, to compare the page with. */
export async function neighbourhoodIds(id: string, asOf: string | null): Promise<string[]> {
  const data = await queryApi<{ neighborhood: { nodes: Array<{ id: string }> } }>(
    'query($id: ID!, $asOf: PartialDate) { neighborhood(id: $id, asOf: $asOf) { nodes { id } } }',
    { id, asOf },
  );
  return data.neighborhood.nodes.map((n) => n.id).sort();
}

export const elementClasses = (page: Page, id: string): Promise<string[]> =>
  page.evaluate((i) => window.__cadre?.graph?.classes(i) ?? [], id);
