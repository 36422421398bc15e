import cytoscape from 'cytoscape';
import { separateStackedNodes } from './separate-stacked-nodes';

const distance = (a: cytoscape.Position, b: cytoscape.Position): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('separateStackedNodes', () => {
  it('spreads nodes on one spot over a ring and leaves the others where they are', () => {
    const cy = cytoscape({ headless: true });
    for (let i = 0; i < 12; i++)
      cy.add({ group: 'nodes', data: { id: `leaf${i}` }, position: { x: 100.4, y: 50 + (i % 2) } });
    cy.add({ group: 'nodes', data: { id: 'alone' }, position: { x: 900, y: 900 } });
    expect(separateStackedNodes(cy.nodes(), 40)).toBe(12);
    const leaves = cy.nodes('[id ^= "leaf"]').map((n) => n.position());
    for (let i = 0; i < leaves.length; i++)
      for (let j = i + 1; j < leaves.length; j++)
        expect(distance(leaves[i]!, leaves[j]!)).toBeGreaterThanOrEqual(40 * 0.99);
    expect(cy.getElementById('alone').position()).toEqual({ x: 900, y: 900 });
    // Moved nodes no longer share a spot: a second pass moves nothing.
    expect(separateStackedNodes(cy.nodes(), 40)).toBe(0);
  });
});
