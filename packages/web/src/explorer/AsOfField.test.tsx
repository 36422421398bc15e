import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../test-support/render-with-providers';
import { AsOfField } from './AsOfField';

/** The field inside a view whose date it sets, with every date the view was given. */
function renderField(initial: string | null, lang: 'en' | 'fr' = 'en', refusedInLink: string | null = null) {
  const given: Array<string | null> = [];
  let setFromElsewhere: (asOf: string | null) => void = () => undefined;
  function View() {
    const [asOf, setAsOf] = useState(initial);
    setFromElsewhere = setAsOf;
    return (
      <AsOfField
        asOf={asOf}
        refusedInLink={refusedInLink}
        onAsOf={(next) => {
          given.push(next);
          setAsOf(next);
        }}
      />
    );
  }
  renderWithProviders(<View />, { lang });
  const field = screen.getByRole('textbox') as HTMLInputElement;
  const type = (text: string) => fireEvent.change(field, { target: { value: text } });
  return { field, type, given, setFromElsewhere: (asOf: string | null) => setFromElsewhere(asOf) };
}

describe('the toolbar’s date', () => {
  it('shows a year as a year, and takes a year, a month or a day on Enter or on leaving', () => {
    const { field, type, given } = renderField('2013');
    expect(screen.getByRole('textbox', { name: 'As of' })).toBe(field);
    expect(field.value).toBe('2013');

    type('2012-07');
    expect(given).toEqual([]);
    fireEvent.keyDown(field, { key: 'Enter' });
    type(' 2012-07-12 ');
    fireEvent.blur(field);
    expect(given).toEqual(['2012-07', '2012-07-12']);
  });

  it('is today when emptied', () => {
    const { type, field, given } = renderField('2013');
    type('');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(given).toEqual([null]);
  });

  it('names a wrong date, does not take it, and puts back the view’s date on Escape', () => {
    const { field, type, given } = renderField('2013');
    type('2013-02-30');
    // Not while typing: only once the reader means it.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      '“2013-02-30” is not a date: write 2013, 2013-07 or 2013-07-12.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    fireEvent.blur(field);
    expect(given).toEqual([]);

    type('2013-02-3');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.value).toBe('2013');
    expect(given).toEqual([]);
  });

  it('follows the view’s date when it changes elsewhere (the slider, Today, a link)', () => {
    const { field, type, setFromElsewhere } = renderField('2013');
    type('20');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert')).toBeTruthy();
    act(() => setFromElsewhere('2014'));
    expect(field.value).toBe('2014');
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => setFromElsewhere(null));
    expect(field.value).toBe('');
  });

  it('names a link’s date that was not one, saying the graph is today’s, until the reader types', () => {
    const { field, type, given } = renderField(null, 'en', '2013-13');
    expect(field.value).toBe('2013-13');
    expect(screen.getByRole('alert').textContent).toBe(
      'The link’s date “2013-13” is not a date (write 2013, 2013-07 or 2013-07-12): the graph is shown as of today.',
    );
    // Leaving the field untouched keeps the link's message.
    fireEvent.blur(field);
    expect(screen.getByRole('alert').textContent).toContain('The link’s date “2013-13”');
    type('2013-1');
    expect(screen.queryByRole('alert')).toBeNull();
    type('2013-13');
    fireEvent.keyDown(field, { key: 'Enter' });
    // Typed by the reader now: the plain message.
    expect(screen.getByRole('alert').textContent).toBe(
      '“2013-13” is not a date: write 2013, 2013-07 or 2013-07-12.',
    );
    type('2013-12');
    fireEvent.blur(field);
    expect(given).toEqual(['2013-12']);
  });

  it('speaks French in the French explorer, in ISO either way', () => {
    const { field, type } = renderField(null, 'fr');
    expect(screen.getByRole('textbox', { name: 'À la date du' })).toBe(field);
    expect(field.placeholder).toBe('AAAA-MM-JJ');
    type('13/07/2012');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      "« 13/07/2012 » n'est pas une date : écrivez 2013, 2013-07 ou 2013-07-12.",
    );
  });
});
