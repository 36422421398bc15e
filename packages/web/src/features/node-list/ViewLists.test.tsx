import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import neighborhood from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { mergeSubgraphs } from '../../domain/graph-content/graph-content';
import { renderWithProviders } from '../../test-support/render-with-providers';
import type { Selection } from '../../domain/view-state/view-state';
import { ViewLists } from './ViewLists';

const LAW = 'ml-law-2012-023';
const content = mergeSubgraphs([
  { centre: LAW, subgraph: (neighborhood.data as NeighborhoodQuery).neighborhood },
]);

function Harness({ onSelect }: { onSelect(selection: Selection): void }) {
  const [selected, setSelected] = useState<Selection>(null);
  return (
    <ViewLists
      content={content}
      focus={LAW}
      expanded={[]}
      selected={selected}
      onSelect={(s) => {
        setSelected(s);
        onSelect(s);
      }}
    />
  );
}

/** An item's button: what the keyboard reaches and presses. */
const button = (li: HTMLElement): HTMLElement => li.querySelector('button')!;

describe('ViewLists (the text alternative of the graph)', () => {
  it('lists the nodes in view, focus first, the list one Tab stop (roving tabindex)', () => {
    renderWithProviders(<Harness onSelect={jest.fn()} />);
    const list = screen.getByRole('list', { name: 'Nodes in view' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(content.nodes.size);
    expect(items[0]?.textContent).toContain('Law No. 2012-023');
    expect(items[0]?.textContent).toContain('focus');
    // One Tab stop for the whole list (the first item until one is visited or selected).
    expect(items.map((li) => button(li).tabIndex)).toEqual(items.map((_, i) => (i === 0 ? 0 : -1)));
  });

  it('moves with the arrow keys, Home and End, and selects with Enter', () => {
    const onSelect = jest.fn();
    renderWithProviders(<Harness onSelect={onSelect} />);
    const items = within(screen.getByRole('list', { name: 'Nodes in view' })).getAllByRole('listitem');
    button(items[0]!).focus();
    fireEvent.keyDown(button(items[0]!), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(button(items[1]!));
    fireEvent.keyDown(button(items[1]!), { key: 'End' });
    expect(document.activeElement).toBe(button(items[items.length - 1]!));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(button(items[items.length - 1]!));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const second = items[1]!;
    expect(onSelect).toHaveBeenCalledWith({ type: 'node', id: second.dataset.key });
    expect(second.getAttribute('aria-current')).toBe('true');
    expect(items.filter((li) => li.getAttribute('aria-current') === 'true')).toHaveLength(1);
    // The Tab stop moved with the keyboard: leaving and coming back lands on the item last visited.
    expect(items.filter((li) => button(li).tabIndex === 0)).toEqual([second]);
  });

  it('lists the relations as sentences and selects one with Space', () => {
    const onSelect = jest.fn();
    renderWithProviders(<Harness onSelect={onSelect} />);
    const relations = within(screen.getByRole('list', { name: 'Relations in view' })).getAllByRole(
      'listitem',
    );
    expect(relations).toHaveLength(content.relations.size);
    const inferred = relations.find((li) => li.dataset.key === 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol')!;
    expect(inferred.textContent).toBe('Law 2012-023 implements Trafficking in Persons Protocolinferred');
    button(inferred).focus();
    fireEvent.keyDown(button(inferred), { key: ' ' });
    expect(onSelect).toHaveBeenCalledWith({
      type: 'relation',
      id: 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol',
    });
  });
});
