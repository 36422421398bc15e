import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { applyLabelPlan, LABELS_CHANGED, resetLabelPlan } from './apply-label-plan';
import { LABEL_PLANS } from './label-plan';

/**
 * Keeps the label plan (label-plan.ts) in step with the graph: on every zoom, selection and hover,
 * once per frame. Returns `refresh`, for the graph view to call when it changed the elements or
 * the stylesheet (`reset` to read the stylesheet's sizes again).
 */
export function useLabelPlan(
  cyRef: RefObject<cytoscape.Core | null>,
  cy: cytoscape.Core | null,
  presenting: boolean,
): (options?: { reset?: boolean; now?: boolean }) => void {
  const hovered = useRef<string | null>(null);
  const frame = useRef(0);
  const mode = useRef(presenting);
  useLayoutEffect(() => {
    mode.current = presenting;
  }, [presenting]);

  const refresh = useCallback(
    ({ reset = false, now = false }: { reset?: boolean; now?: boolean } = {}) => {
      // The ref, not the state: the first layout runs in the commit that creates the instance,
      // before its state is seen.
      const cy = cyRef.current;
      if (!cy || cy.destroyed()) return;
      if (reset) resetLabelPlan(cy);
      cancelAnimationFrame(frame.current);
      const apply = (): void => {
        if (cy.destroyed()) return;
        applyLabelPlan(cy, {
          settings: LABEL_PLANS[mode.current ? 'presenting' : 'normal'],
          hovered: hovered.current,
        });
      };
      if (now) apply();
      else frame.current = requestAnimationFrame(apply);
    },
    [cyRef],
  );

  useEffect(() => {
    if (!cy) return undefined;
    const onChange = (): void => refresh();
    const onOver = (e: cytoscape.EventObject): void => {
      hovered.current = e.target.id();
      refresh();
    };
    const onOut = (): void => {
      hovered.current = null;
      refresh();
    };
    const onRedo = (): void => refresh({ reset: true });
    cy.on('zoom select unselect add remove', onChange);
    cy.on(LABELS_CHANGED, onRedo);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cancelAnimationFrame(frame.current);
      cy.off('zoom select unselect add remove', onChange);
      cy.off(LABELS_CHANGED, onRedo);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    };
  }, [cy, refresh]);

  return refresh;
}
