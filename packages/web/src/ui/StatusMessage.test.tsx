import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiUnavailableError, GraphQLResponseError } from '../lib/graphql/fetch-graphql';
import { setupI18n } from '../lib/i18n/setup-i18n';
import { StatusMessage } from './StatusMessage';

const renderIn = (ui: ReactElement, lang: 'en' | 'fr' = 'en') =>
  render(<I18nextProvider i18n={setupI18n(lang)}>{ui}</I18nextProvider>);

describe('an error box', () => {
  it('is dismissed by its close button, named in the UI language', () => {
    renderIn(<StatusMessage kind="error">Could not load the details.</StatusMessage>, 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('laid over the graph, is dismissed by Escape on the page, but not by Escape in a field', () => {
    renderIn(
      <>
        <input aria-label="Search" />
        <StatusMessage kind="error" overlay cause={new GraphQLResponseError('No node', 'NOT_FOUND')}>
          There is no node with the id “x”.
        </StatusMessage>
      </>,
    );
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: 'Escape' });
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is a quiet status without its own Retry when the API is away (the outage notice retries)', () => {
    const retry = jest.fn();
    renderIn(
      <StatusMessage kind="error" cause={new ApiUnavailableError('refused')} onRetry={retry}>
        Could not load the details.
      </StatusMessage>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Could not load the details.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });

  it('keeps its Retry for other errors', () => {
    const retry = jest.fn();
    renderIn(
      <StatusMessage kind="error" cause={new Error('boom')} onRetry={retry}>
        Something went wrong.
      </StatusMessage>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
