import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { TimeSlider } from './TimeSlider';
import { PLAY_STEP_MS } from './use-playback';
import { currentYear, FIRST_YEAR } from './years';

/** The slider with its date held as the view state would hold it; every change is recorded. */
function Harness({ initial, changes }: { initial: string | null; changes: Array<string | null> }) {
  const [asOf, setAsOf] = useState(initial);
  return (
    <TimeSlider
      asOf={asOf}
      onAsOf={(value) => {
        changes.push(value);
        setAsOf(value);
      }}
    />
  );
}

const slider = () => screen.getByRole('slider', { name: 'Framework as of' });

describe('TimeSlider', () => {
  afterEach(() => jest.useRealTimers());

  it('runs from 1979 to today, shows the date, and sets a year', () => {
    const changes: Array<string | null> = [];
    renderWithProviders(<Harness initial="2011-02-03" changes={changes} />);
    expect(slider().getAttribute('min')).toBe(String(FIRST_YEAR));
    expect(slider().getAttribute('max')).toBe(String(currentYear()));
    expect((slider() as HTMLInputElement).value).toBe('2011');
    expect(slider().getAttribute('aria-valuetext')).toBe('3 February 2011');

    fireEvent.change(slider(), { target: { value: '2002' } });
    expect(changes).toEqual(['2002']);
    // The last position is today: no date.
    fireEvent.change(slider(), { target: { value: String(currentYear()) } });
    expect(changes).toEqual(['2002', null]);
    expect(slider().getAttribute('aria-valuetext')).toBe('Today');
  });

  it('plays a year a step from 1979 when at today, and pauses', () => {
    jest.useFakeTimers();
    const changes: Array<string | null> = [];
    renderWithProviders(<Harness initial={null} changes={changes} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(changes).toEqual(['1979']);
    act(() => jest.advanceTimersByTime(PLAY_STEP_MS * 2));
    expect(changes).toEqual(['1979', '1980', '1981']);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => jest.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(changes).toHaveLength(3);
  });

  it('stops at today', () => {
    jest.useFakeTimers();
    const changes: Array<string | null> = [];
    renderWithProviders(<Harness initial={String(currentYear() - 2)} changes={changes} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => jest.advanceTimersByTime(PLAY_STEP_MS * 5));
    expect(changes).toEqual([String(currentYear() - 1), null]);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('speaks French', () => {
    renderWithProviders(<Harness initial={null} changes={[]} />, { lang: 'fr' });
    expect(screen.getByRole('slider', { name: 'Cadre en vigueur au' }).getAttribute('aria-valuetext')).toBe(
      "Aujourd'hui",
    );
    expect(screen.getByRole('button', { name: 'Lecture' })).toBeTruthy();
  });
});
