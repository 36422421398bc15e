import { useMemo } from 'react';
import type { GraphContent } from '../../domain/graph-content/graph-content';
import type { ViewState } from '../../domain/view-state/view-state';
import { pathElementIds, withPaths, type FoundPath } from './path-content';
import { usePaths } from './use-paths';

const NO_PATHS: FoundPath[] = [];

/** The view's paths, the content with them added, and the ids the graph highlights. */
export function usePathView(
  view: Pick<ViewState, 'pathFrom' | 'pathTo' | 'asOf' | 'avoidKinds'>,
  visible: GraphContent,
) {
  const paths = usePaths(view.pathFrom, view.pathTo, view.asOf, view.avoidKinds);
  const found = paths.ready && paths.status === 'done' ? paths.data.paths : NO_PATHS;
  const shown = useMemo(() => withPaths(visible, found), [visible, found]);
  const highlighted = useMemo(() => pathElementIds(found), [found]);
  return { paths, shown, highlighted };
}
