import { LABEL_PLANS, planLabel } from './label-plan';

const presenting = LABEL_PLANS.presenting;
const key = { id: 'ml-mali', baseFont: 18, key: true };
const other = { id: 'ml-law', baseFont: 18, key: false };

describe('planLabel', () => {
  it('keeps the stylesheet font when it is already large enough on screen', () => {
    expect(planLabel(key, 1, presenting)).toEqual({ show: true, font: null });
    expect(planLabel(other, 1.5, presenting)).toEqual({ show: true, font: null });
  });

  it('grows a key label so that it is never under the minimum, even a hair under (zoom 0.99998)', () => {
    for (const zoom of [0.99998, 0.9999816, 0.75, 0.59, 0.123457, 0.05]) {
      const { show, font } = planLabel(key, zoom, presenting);
      expect(show).toBe(true);
      expect(font).not.toBeNull();
      expect(font! * zoom).toBeGreaterThanOrEqual(presenting.minScreenPx);
      // Grown by at most a tenth of a model pixel more than needed.
      expect(font! - presenting.minScreenPx / zoom).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it('hides a label that does not matter when it would be too small, and one that would pass the font cap', () => {
    expect(planLabel(other, 0.99998, presenting)).toEqual({ show: false, font: null });
    expect(planLabel(key, 0.01, presenting)).toEqual({ show: false, font: null });
  });
});
