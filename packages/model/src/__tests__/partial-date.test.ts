import { comparePartialDates, isValidOn, partialDateProblem, toDayRange } from '../partial-date';

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(partialDateProblem('2012')).toBeUndefined();
    expect(partialDateProblem('2012-07')).toBeUndefined();
    expect(partialDateProblem('2024-02-29')).toBeUndefined();
    expect(partialDateProblem('2023-02-29')).toMatch(/no day 29/);
    expect(partialDateProblem('2012-13')).toMatch(/no month 13/);
    expect(partialDateProblem('12 July 2012')).toMatch(/not an ISO partial date/);
  });

  it('stands for the days it covers', () => {
    expect(toDayRange('2012')).toEqual({ first: '2012-01-01', last: '2012-12-31' });
    expect(toDayRange('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
  });

  it('decides what stood on a date, generously at coarse edges', () => {
    expect(isValidOn('2011', '2011-02-03')).toBe(true);
    expect(isValidOn('2011-01', '2011-02-03')).toBe(false);
    expect(isValidOn('2018', '2016-03', '2017')).toBe(false);
    expect(isValidOn('2017-06-01', '2016-03', '2017')).toBe(true);
    expect(isValidOn('1999')).toBe(true);
  });

  it('orders by first day, coarser first', () => {
    expect(['2012-07-12', '2011', '2012'].sort(comparePartialDates)).toEqual(['2011', '2012', '2012-07-12']);
  });
});
