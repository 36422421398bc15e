import { act, fireEvent, screen } from '@testing-library/react';
import nodeResponse from '../../__fixtures__/node-ml-law-2012-023.json';
import type { NodeDetailsQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { NodeCitation } from './NodeCitation';

const law = nodeResponse.data.node as unknown as NonNullable<NodeDetailsQuery['node']>;

describe('Cite this (NodeCitation)', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
  });

  const open = (lang: 'en' | 'fr' = 'en') => {
    renderWithProviders(<NodeCitation node={law} asOf="2013" />, { lang });
    const button = screen.getByRole('button', {
      name: lang === 'en' ? `Cite this: ${law.nameEn}` : `Citer : ${law.nameFr}`,
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    return screen.getByRole('textbox', {
      name: lang === 'en' ? 'Citation text' : 'Texte de la citation',
    }) as HTMLTextAreaElement;
  };

  it('shows the citation in the interface language, with the kind and type and a link at the view date', () => {
    const text = open().value;
    expect(text.startsWith(`${law.nameEn} (Instrument · Law). In: Cadre`)).toBe(true);
    expect(text).toContain('http://localhost/?focus=ml-law-2012-023&asOf=2013&sel=node:ml-law-2012-023');
    expect(text).toContain('(accessed ');
    expect(open('fr').value.startsWith(`${law.nameFr} (Instrument · Loi). Dans : Cadre`)).toBe(true);
  });

  it('copies with the Clipboard API where the page is a secure context', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const area = open();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(writeText).toHaveBeenCalledWith(area.value);
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.');
  });

  it('falls back to a selected textarea and execCommand elsewhere, and says when that fails too', async () => {
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    open();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.');
    execCommand.mockReturnValue(false);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(screen.getByRole('status').textContent).toMatch(/^Could not copy/);
  });
});
