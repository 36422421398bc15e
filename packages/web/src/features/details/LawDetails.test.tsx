import { fireEvent, screen, within } from '@testing-library/react';
import tipNode from '../../__fixtures__/node-un-tip-protocol-2001.json';
import tipArticle from '../../__fixtures__/node-un-tip-protocol-art-5.json';
import lawArticle from '../../__fixtures__/node-ml-law-2012-023-art-7.json';
import partyTo from '../../__fixtures__/relation-party-to-tip-2001.json';
import type { NodeDetailsQuery, RelationDetailsQuery } from '../../gql/graphql';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import type { Selection } from '../../domain/view-state/view-state';
import { DetailsPanel } from './DetailsPanel';

// Real API answers (recorded from graph-seeds): the Trafficking in Persons Protocol and Mali's
// participation in it as of 1 June 2001, a treaty article and a national article.
const actions = () => ({
  onFocus: jest.fn(),
  onExpand: jest.fn(),
  onCollapse: jest.fn(),
  onRemove: jest.fn(),
  onSelectRelation: jest.fn(),
  onSelectNode: jest.fn(),
  onShowArticles: jest.fn(),
});

function panel(
  selected: Selection,
  answer: unknown,
  { lang = 'en', asOf = '2001-06-01' as string | null } = {},
) {
  const fetchMock = mockGraphQLFetch(() => answer);
  const handlers = actions();
  renderWithProviders(
    <DetailsPanel
      selected={selected}
      asOf={asOf}
      focus="ml-mali"
      expanded={[]}
      articles={[]}
      actions={handlers}
    />,
    { lang: lang as 'en' | 'fr' },
  );
  return { handlers, fetchMock };
}

const text = (selector: string): string | null | undefined => document.querySelector(selector)?.textContent;

describe("an instrument's stages and status on the view's date", () => {
  const tip = (tipNode.data as NodeDetailsQuery).node as Extract<
    NonNullable<NodeDetailsQuery['node']>,
    { __typename: 'Instrument' }
  >;

  it('says the Protocol is adopted but not yet in force on 1 June 2001, and lists its dated stages', async () => {
    const { handlers, fetchMock } = panel({ type: 'node', id: 'un-tip-protocol' }, tipNode);
    await screen.findByRole('heading', { level: 2, name: tip.nameEn });
    expect(fetchMock.calls[0]?.variables).toEqual({ id: 'un-tip-protocol', asOf: '2001-06-01' });
    expect(text('.in-force-status')).toBe(
      'As of 1 June 2001 · Adopted, not yet in force (entry into force 25 December 2003)',
    );
    const stages = within(screen.getByRole('heading', { name: 'Stages' }).parentElement!)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('stage'));
    expect(stages.map((li) => li.querySelector('.stage-line')?.textContent)).toEqual([
      '15 November 2000 Adoption',
      '12 December 2000 Opening for signature',
      '25 December 2003 Entry into force',
    ]);
    // Each stage keeps its own citations, folded.
    tip.stages.forEach((stage, i) =>
      expect(stages[i]?.querySelector('summary')?.textContent).toBe(
        `${stage.sources.length} citation${stage.sources.length === 1 ? '' : 's'}`,
      ),
    );
    expect(stages[1]?.querySelector('.stage-note')?.textContent).toBe(tip.stages[1]?.noteEn);
    // Its twenty articles are drawn only on demand.
    fireEvent.click(screen.getByRole('button', { name: `Show its articles (${tip.provisions.length})` }));
    expect(handlers.onShowArticles).toHaveBeenCalledWith('un-tip-protocol', true);
  });

  it('says it in French, stage names included', async () => {
    panel({ type: 'node', id: 'un-tip-protocol' }, tipNode, { lang: 'fr' });
    await screen.findByRole('heading', { name: 'Étapes' });
    expect(text('.in-force-status')).toBe(
      'Au 1 juin 2001 · Adopté, pas encore en vigueur (entrée en vigueur le 25 décembre 2003)',
    );
    expect(text('.stage:last-child .stage-name')).toBe('Entrée en vigueur');
  });
});

describe("a state's participation in a treaty", () => {
  const relation = (partyTo.data as RelationDetailsQuery).relation!;
  const participation = relation.participation!;

  it('gives Mali as a signatory, not a party, on 1 June 2001, and where party status runs from', async () => {
    const { fetchMock } = panel({ type: 'relation', id: relation.id }, partyTo);
    await screen.findByRole('heading', { name: 'Participation' });
    expect(fetchMock.calls[0]?.variables).toEqual({ id: relation.id, asOf: '2001-06-01' });
    expect(participation.status.status).toBe('SIGNATORY');
    expect(text('.party-status')).toBe('As of 1 June 2001: Signatory, not a party');
    expect(text('.party-from')).toBe(
      'Party from 25 December 2003 — basis: entry into force for the Statecomputed',
    );
  });

  it('lists signature, every consent (kind, act, date) and the computed entry into force, marking the reading used', async () => {
    panel({ type: 'relation', id: relation.id }, partyTo);
    await screen.findByRole('heading', { name: 'Participation' });
    const group = (name: string) =>
      within(screen.getByText(name, { selector: 'dt' }).parentElement!)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('claim'));
    expect(group('Signature').map((li) => li.querySelector('.claim-line')?.textContent)).toEqual([
      '15 December 2000',
    ]);
    expect(group('Consent to be bound').map((li) => li.querySelector('.claim-line')?.textContent)).toEqual([
      '12 April 2002 Ratification — deposit with the depositaryused',
      '3 June 2002 Ratification — national act (Loi n° 02-021/AN-RM)other reading',
    ]);
    const [entry] = group('Entry into force for the State');
    expect(entry?.querySelector('.claim-line')?.textContent).toBe('25 December 2003computed');
    // A computed date says it was computed, and from what.
    expect(entry?.querySelector('.claim-computed')?.textContent).toBe(
      participation.entryIntoForce[0]?.noteEn ?? expect.any(String),
    );
    expect(screen.getByText(/^Other readings exist: 1 more/)).toBeTruthy();
  });

  it('speaks French: kinds, acts, markers and the note', async () => {
    panel({ type: 'relation', id: relation.id }, partyTo, { lang: 'fr' });
    await screen.findByRole('heading', { name: 'Participation' });
    expect(text('.party-status')).toBe('Au 1 juin 2001 : Signataire, non partie');
    expect(screen.getByText(/dépôt auprès du dépositaire/)).toBeTruthy();
    expect(screen.getAllByText('autre lecture').length).toBe(1);
    expect(screen.getAllByText('calculée').length).toBeGreaterThan(0);
    expect(screen.getByText(relation.noteFr!)).toBeTruthy();
  });
});

describe('a provision', () => {
  it("gives a treaty article's number, headings, obligation type and its instrument", async () => {
    const article = (tipArticle.data as NodeDetailsQuery).node as Extract<
      NonNullable<NodeDetailsQuery['node']>,
      { __typename: 'Provision' }
    >;
    const { handlers } = panel({ type: 'node', id: article.id }, tipArticle, { asOf: null });
    await screen.findByRole('heading', { level: 2, name: article.nameEn });
    const value = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(value('Number')?.textContent).toBe('Article 5');
    expect(value('Heading (English)')?.textContent).toBe('Criminalization');
    expect(value('Heading (French)')?.textContent).toBe(article.headingFr);
    expect(value('Obligation')?.querySelector('.badge-obligation')?.textContent).toBe('Mandatory');
    fireEvent.click(within(value('Part of') as HTMLElement).getByRole('button'));
    expect(handlers.onSelectNode).toHaveBeenCalledWith('un-tip-protocol');
  });

  it("gives a national article's summary in the interface's language", async () => {
    const article = (lawArticle.data as NodeDetailsQuery).node as Extract<
      NonNullable<NodeDetailsQuery['node']>,
      { __typename: 'Provision' }
    >;
    panel({ type: 'node', id: article.id }, lawArticle, { lang: 'fr', asOf: null });
    await screen.findByRole('heading', { level: 2, name: article.nameFr! });
    expect(screen.getByText("Ce qu'il dit (en nos termes)", { selector: 'dt' })).toBeTruthy();
    expect(screen.getByText(article.summaryFr!)).toBeTruthy();
    expect(screen.queryByText('Obligation', { selector: 'dt' })).toBeNull();
  });
});
