import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { waitForGraph, waitForParam } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';
import { tourBar } from './support/trainer-page';

jest.setTimeout(180_000);

/** Each step's focus (packages/web/src/domain/tour/builtin-tours.ts). */
const FOCUS = [
  'un-untoc',
  'ml-mali',
  'ml-decree-2011-036',
  'ml-law-2012-023',
  'ml-nap-2015-2017',
  'un-glo-act',
  'un-unodc',
];
/** The smallest label on a projector, in CSS pixels. */
const MIN_LABEL_PX = 18;

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of the controls around the graph (header, toolbar, time bar, tour bar: buttons, the
 * slider, the year, titles) and of the panels themselves, to check none covers another.
 */
async function controlBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        [
          ...['.app-header', '.toolbar', '.time-bar', '.tour-bar', '.presentation-top'].map(
            (bar) => `${bar} :is(button, input, output, select, h2, a)`,
          ),
          '.sidebar:not([hidden])',
          '.details-panel',
          '.graph-stage',
        ].join(', '),
      ),
    )
      .filter((e) => e.offsetParent !== null)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          name: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 30),
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        };
      })
      .filter((b) => b.width > 0 && b.height > 0),
  );
}

const overlapping = (boxes: Box[]): string[] => {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const inside = (p: Box, q: Box): boolean =>
        p.x >= q.x - 0.5 &&
        p.y >= q.y - 0.5 &&
        p.x + p.width <= q.x + q.width + 0.5 &&
        p.y + p.height <= q.y + q.height + 0.5;
      // A control inside another (a button's own heading) is not covering it.
      if (inside(a, b) || inside(b, a)) return;
      if (
        a.x < b.x + b.width - 1 &&
        b.x < a.x + a.width - 1 &&
        a.y < b.y + b.height - 1 &&
        b.y < a.y + a.height - 1
      )
        found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
};

/** What the e2e measures at a step: the smallest label drawn, how many, the zoom, the graph's share of the screen. */
async function measure(
  page: Page,
): Promise<{ min: number; labels: number; zoom: number; graphShare: number }> {
  // The label plan runs in the frame after the last zoom.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const sizes = window.__cadre?.graph?.labelSizes() ?? [];
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    return {
      min: Math.min(...sizes.map((s) => s.px)),
      labels: sizes.length,
      zoom: window.__cadre?.graph?.zoom() ?? 0,
      graphShare: (canvas.width * canvas.height) / (window.innerWidth * window.innerHeight),
    };
  });
}

async function startPresenting(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.goto(lang === 'fr' ? '/?lang=fr' : '/');
  await page.locator('.welcome-tour').click();
  await waitForParam(page, 'tour', 'mali-framework');
  await tourBar(page, lang === 'fr' ? 'Parcours' : 'Tour')
    .getByRole('button', { name: lang === 'fr' ? 'Présenter' : 'Present' })
    .click();
  await waitForParam(page, 'present', '1');
}

describe('presentation on a 1024×768 projector: the built-in tour, step by step', () => {
  const session = useBrowserPage({ viewport: { width: 1024, height: 768 }, pagePerTest: true });

  for (const lang of ['en', 'fr'] as const) {
    it(`every step in ${lang.toUpperCase()}: labels of at least ${MIN_LABEL_PX} px, the graph most of the screen, no control over another`, async () => {
      const { page } = session;
      await startPresenting(page, lang);
      const report: string[] = [];
      for (let n = 1; n <= FOCUS.length; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await waitForParam(page, 'step', String(n));
        await waitForGraph(page, FOCUS[n - 1]);
        const m = await measure(page);
        report.push(
          `${lang} step ${n}: smallest label ${m.min.toFixed(1)} px (${m.labels} labels), zoom ${m.zoom.toFixed(2)}, graph ${Math.round(m.graphShare * 100)}% of the screen`,
        );
        await page.screenshot({ path: resolve(screenshotDir(), `presentation-1024-${lang}-step-${n}.png`) });
        expect(m.labels).toBeGreaterThan(0);
        expect(m.min).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        expect(m.graphShare).toBeGreaterThan(0.6);
        expect(overlapping(await controlBoxes(page))).toEqual([]);
      }
      console.log(`Presentation at 1024×768:\n${report.join('\n')}`);
    });
  }

  it('folds the caption to one line and unfolds it', async () => {
    const { page } = session;
    await startPresenting(page, 'en');
    await waitForGraph(page, FOCUS[0]);
    const caption = tourBar(page).locator('.tour-caption');
    const oneLine = (await caption.boundingBox())!.height;
    const toggle = tourBar(page).getByRole('button', { name: /^More/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const whole = (await caption.boundingBox())!.height;
    expect(whole).toBeGreaterThan(oneLine * 2);
    await page.screenshot({ path: resolve(screenshotDir(), 'presentation-1024-en-caption-open.png') });
    await tourBar(page).getByRole('button', { name: /^Less/ }).click();
    expect((await caption.boundingBox())!.height).toBeLessThanOrEqual(oneLine + 1);
  });

  it('presents without a tour: the language and the way out beside the title, clear of the slider and the year', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-law-2012-023&present=1&sel=node:ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');
    expect(overlapping(await controlBoxes(page))).toEqual([]);
    const m = await measure(page);
    expect(m.min).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await page.screenshot({ path: resolve(screenshotDir(), 'presentation-1024-no-tour.png') });
  });
});

describe('presentation on other screens', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    describe(`${viewport.width}×${viewport.height}`, () => {
      const session = useBrowserPage({ viewport });
      it('the law’s step: labels of at least 18 px, the graph most of the screen, no control over another', async () => {
        const { page } = session;
        await startPresenting(page, 'en');
        for (let n = 2; n <= 4; n++) {
          await page.keyboard.press('ArrowRight');
          await waitForParam(page, 'step', String(n));
        }
        await waitForGraph(page, 'ml-law-2012-023');
        const m = await measure(page);
        console.log(
          `Presentation at ${viewport.width}×${viewport.height}, step 4: smallest label ${m.min.toFixed(1)} px, graph ${Math.round(m.graphShare * 100)}%`,
        );
        expect(m.min).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        expect(m.graphShare).toBeGreaterThan(0.6);
        expect(overlapping(await controlBoxes(page))).toEqual([]);
        await page.screenshot({
          path: resolve(screenshotDir(), `presentation-${viewport.width}-en-step-4.png`),
        });
      });
    });
  }
});

describe('the normal view at 1024×768', () => {
  const session = useBrowserPage({ viewport: { width: 1024, height: 768 } });

  it('gives the graph most of the width, folds the lists, and nothing overlaps', async () => {
    const { page } = session;
    await page.goto('/');
    // The tour is offered above the fold.
    const tour = page.locator('.welcome-tour');
    expect((await tour.boundingBox())!.y + 30).toBeLessThan(768);
    await page.goto('/?focus=ml-law-2012-023&sel=node:ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');
    const canvas = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(650);
    expect(overlapping(await controlBoxes(page))).toEqual([]);
    await page.screenshot({ path: resolve(screenshotDir(), 'explorer-1024.png') });
    // The lists and tools unfold on demand (and the details fold away).
    await page.getByRole('button', { name: 'Lists and tools' }).click();
    await page.getByRole('list', { name: 'Nodes in view' }).waitFor();
    await page.getByRole('button', { name: 'Details panel' }).click();
    expect(await page.getByRole('complementary', { name: 'Details' }).isVisible()).toBe(false);
    expect(overlapping(await controlBoxes(page))).toEqual([]);
    await page.screenshot({ path: resolve(screenshotDir(), 'explorer-1024-lists.png') });
  });
});
