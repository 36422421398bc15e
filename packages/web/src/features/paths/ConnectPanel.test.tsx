import { fireEvent, screen, within } from '@testing-library/react';
import pathsResponse from '../../__fixtures__/paths-decree-2011-036-tip-protocol.json';
import hubPathsResponse from '../../__fixtures__/paths-decree-2011-036-tip-protocol-without-institutions.json';
import { emptyContent } from '../../domain/graph-content/graph-content';
import type { PathsQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ConnectPanel, type ConnectPanelProps, type NodePickerProps } from './ConnectPanel';
import { pathElementIds, withPaths } from './path-content';

const data = pathsResponse.data as PathsQuery;
const done = { ready: true, status: 'done' as const, data, retry: jest.fn() };

/** The explorer gives the search box; here, a plain picker (a select is a combobox) named like it. */
const NodePicker = ({ label }: NodePickerProps) => <select aria-label={label} />;

function panel(props: Partial<ConnectPanelProps> = {}, lang: 'en' | 'fr' = 'en') {
  const handlers = {
    onEnd: jest.fn(),
    onClear: jest.fn(),
    onSelectRelation: jest.fn(),
    onAvoidKind: jest.fn(),
  };
  renderWithProviders(
    <ConnectPanel
      from="ml-decree-2011-036"
      to="un-tip-protocol"
      asOf={null}
      avoidKinds={[]}
      paths={done}
      selected={null}
      nameOf={(id) => `name of ${id}`}
      NodePicker={NodePicker}
      {...handlers}
      {...props}
    />,
    { lang },
  );
  return handlers;
}

describe('ConnectPanel', () => {
  it('explains each path in English and lists its steps with their sentences', () => {
    const handlers = panel();
    const explanations = document.querySelectorAll('.path-explanation');
    expect([...explanations].map((e) => e.textContent)).toEqual(data.paths.map((p) => p.explanationEn));
    const first = data.paths[0]!;
    const steps = within(screen.getByRole('list', { name: 'Steps of path 1' })).getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('.path-step-sentence')?.textContent)).toEqual(
      first.relations.map((r) => r.sentenceEn),
    );
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Steps of path 1' })).getByRole('button', {
        name: `Citations of: ${first.relations[1]!.sentenceEn}`,
      }),
    );
    expect(handlers.onSelectRelation).toHaveBeenCalledWith(first.relations[1]!.id);
    expect(screen.getByRole('heading', { name: `Path 1 · ${first.length} relations` })).toBeTruthy();
  });

  it('marks legal chains, which the API lists first, and paths through a shared place, naming it', () => {
    panel();
    // Decree 2011-036 to the Protocol: the first paths are legal chains, through no place.
    expect(data.paths[0]!.throughHub).toBe(false);
    expect(data.paths[0]!.nodes.some((n) => n.kind === 'PLACE')).toBe(false);
    expect([...document.querySelectorAll('.path-kind')].map((e) => e.textContent)).toEqual(
      data.paths.map(() => '◆ Legal chain'),
    );
  });

  it('leaves kinds out, and says which paths then pass through a shared place', () => {
    const hub = hubPathsResponse.data as PathsQuery;
    const handlers = panel({ avoidKinds: ['INSTITUTION'], paths: { ...done, data: hub } });
    const institutions = screen.getByRole('checkbox', { name: 'Institutions' }) as HTMLInputElement;
    expect(institutions.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    expect(handlers.onAvoidKind).toHaveBeenCalledWith('PLACE', true);
    fireEvent.click(institutions);
    expect(handlers.onAvoidKind).toHaveBeenCalledWith('INSTITUTION', false);
    expect(hub.paths.every((p) => p.throughHub && p.nodes.every((n) => n.kind !== 'INSTITUTION'))).toBe(true);
    expect(document.querySelector('.path-kind')?.textContent).toBe('◇ Via a shared place: Mali');
    expect(screen.getByText('Legal chains are listed before paths through a shared place.')).toBeTruthy();
  });

  it('explains in French', () => {
    panel({}, 'fr');
    expect(document.querySelector('.path-explanation')?.textContent).toBe(data.paths[0]!.explanationFr);
    expect(data.paths[0]!.explanationFr).toContain('institue');
    expect(
      screen.getByRole('heading', { name: `Chemin 1 · ${data.paths[0]!.length} relations` }),
    ).toBeTruthy();
    expect(document.querySelector('.path-kind')?.textContent).toBe('◆ Chaîne juridique');
  });

  it('offers a node picker for a missing end, and changes or clears the chosen ones', () => {
    const handlers = panel({ to: null, paths: { ready: false, status: 'loading', retry: jest.fn() } });
    expect(screen.getByRole('combobox', { name: 'Connect to' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Connect from' })).toBeNull();
    expect(screen.getByText('name of ml-decree-2011-036')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change “Connect from”' }));
    expect(handlers.onEnd).toHaveBeenCalledWith('from', null);
    fireEvent.click(screen.getByRole('button', { name: 'Clear both' }));
    expect(handlers.onClear).toHaveBeenCalled();
  });

  it('says when no path joined them on the date', () => {
    panel({ asOf: '2005', paths: { ...done, data: { paths: [] } } });
    expect(screen.getByText('No path of at most 4 relations joined them on 2005.')).toBeTruthy();
  });
});

describe('paths in the graph', () => {
  it('adds the paths’ nodes and relations to the view and names them for highlighting', () => {
    const shown = withPaths(emptyContent(), data.paths);
    const ids = pathElementIds(data.paths);
    for (const path of data.paths) {
      for (const n of path.nodes) expect(shown.nodes.has(n.id) && ids.has(n.id)).toBe(true);
      for (const r of path.relations)
        expect(shown.relations.get(r.id)).toEqual({
          id: r.id,
          kind: r.kind,
          from: r.from.id,
          to: r.to.id,
          inferred: r.inferred,
        });
    }
    const empty = emptyContent();
    expect(withPaths(empty, [])).toBe(empty);
  });
});
