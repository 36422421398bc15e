import { fractionalYear, placeOnTimeline, tickStep, TIMELINE_SIZES } from './timeline-layout';

describe('the timeline layout', () => {
  it('reads partial dates as fractional years', () => {
    expect(fractionalYear('2012')).toBe(2012);
    expect(fractionalYear('2012-07')).toBeCloseTo(2012.5, 5);
    expect(fractionalYear('2011-02-03')).toBeCloseTo(2011 + 1 / 12 + 2 / 365, 5);
    expect(fractionalYear(null)).toBeNull();
    expect(fractionalYear('someday')).toBeNull();
  });

  it('places dated nodes left to right by date, above the axis, with an axis covering them', () => {
    const { positions, axis } = placeOnTimeline([
      { id: 'law', validFrom: '2012-07-12' },
      { id: 'untoc', validFrom: '2000-11-15' },
      { id: 'decree', validFrom: '2011-02-03' },
    ]);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('untoc')).toBeLessThan(x('decree'));
    expect(x('decree')).toBeLessThan(x('law'));
    for (const p of positions.values()) expect(p.y).toBeLessThan(axis!.axisY);
    expect(axis).toMatchObject({ startYear: 2000, endYear: 2013, undatedY: null });
    // Model x follows the axis scale.
    expect(x('untoc')).toBeCloseTo(axis!.x0 + (fractionalYear('2000-11-15')! - 2000) * axis!.pxPerYear, 5);
  });

  it('stacks nodes of the same date in lanes whose labels do not overlap', () => {
    const same = ['a', 'b', 'c'].map((id) => ({ id, validFrom: '2000-11-15' }));
    const { positions } = placeOnTimeline([...same, { id: 'late', validFrom: '2019-03-19' }]);
    const ys = same.map((n) => positions.get(n.id)!.y);
    expect(new Set(ys).size).toBe(3);
    const sorted = [...ys].sort((p, q) => p - q);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(TIMELINE_SIZES.laneHeight);
    // Far enough in time, a node goes back to the first lane.
    expect(positions.get('late')!.y).toBe(Math.max(...ys));
  });

  it('puts undated nodes in a band below the axis, the focus on a row of its own', () => {
    const { positions, axis } = placeOnTimeline(
      [{ id: 'law', validFrom: '2012' }, { id: 'unodc' }, { id: 'mali' }, { id: 'bamako', validFrom: null }],
      'unodc',
    );
    expect(axis!.undatedY).toBe(TIMELINE_SIZES.undatedOffset);
    const focusY = positions.get('unodc')!.y;
    expect(focusY).toBe(TIMELINE_SIZES.undatedOffset);
    for (const id of ['mali', 'bamako']) expect(positions.get(id)!.y).toBeGreaterThan(focusY);
    expect(positions.get('mali')!.x).not.toBe(positions.get('unodc')!.x);
  });

  it('gives each kind of undated node its own labelled row, in the kinds’ order', () => {
    const { positions, axis } = placeOnTimeline(
      [
        { id: 'law', validFrom: '2012', kind: 'INSTRUMENT' },
        { id: 'bamako', kind: 'PLACE' },
        { id: 'unodc', kind: 'INSTITUTION' },
        { id: 'iom', kind: 'INSTITUTION' },
      ],
      null,
      TIMELINE_SIZES,
      ['INSTRUMENT', 'INSTITUTION', 'PLACE'],
    );
    expect(axis!.rows.map((r) => r.kind)).toEqual(['INSTITUTION', 'PLACE']);
    expect(positions.get('unodc')!.y).toBe(axis!.rows[0]!.y);
    expect(positions.get('iom')!.y).toBe(axis!.rows[0]!.y);
    expect(positions.get('bamako')!.y).toBe(axis!.rows[1]!.y);
    expect(axis!.rows[1]!.y).toBeGreaterThan(axis!.rows[0]!.y);
  });

  it('lays out a view with no dates as a grid (no axis)', () => {
    const { positions, axis } = placeOnTimeline([{ id: 'a' }, { id: 'b' }]);
    expect(axis).toBeNull();
    expect(positions.size).toBe(2);
  });

  it('labels fewer years as the axis gets denser on screen', () => {
    expect(tickStep(60)).toBe(1);
    expect(tickStep(30)).toBe(2);
    expect(tickStep(10)).toBe(5);
    expect(tickStep(3)).toBe(20);
  });
});
