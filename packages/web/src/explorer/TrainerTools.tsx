import { PathCitation } from '../features/cite/PathCitation';
import { ConnectPanel } from '../features/paths/ConnectPanel';
import { SearchBox } from '../features/search/SearchBox';
import type { usePathView } from '../features/paths/use-path-view';
import { TourPanel } from '../features/tour/TourPanel';
import type { useWorkshop } from './use-workshop';
import { stepViewOf, type ViewState } from '../domain/view-state/view-state';
import type { ViewAction } from '../domain/view-state/view-reducer';

export interface TrainerToolsProps {
  view: ViewState;
  dispatch(action: ViewAction): void;
  paths: ReturnType<typeof usePathView>['paths'];
  workshop: ReturnType<typeof useWorkshop>;
  /** A node's name as the view knows it (the id when it does not). */
  nameOf(id: string): string;
}

/** The sidebar's tools for trainers and researchers: how two nodes are connected, and tours. */
export function TrainerTools({ view, dispatch, paths, workshop, nameOf }: TrainerToolsProps) {
  return (
    <div className="trainer-tools">
      <ConnectPanel
        from={view.pathFrom}
        to={view.pathTo}
        asOf={view.asOf}
        paths={paths}
        avoidKinds={view.avoidKinds}
        onAvoidKind={(kind, avoid) => dispatch({ type: 'setAvoidKind', kind, avoid })}
        selected={view.selected}
        nameOf={nameOf}
        onEnd={(end, id) => dispatch({ type: 'setPathEnd', end, id })}
        onClear={() => dispatch({ type: 'clearPath' })}
        onSelectRelation={(id) => dispatch({ type: 'select', selection: { type: 'relation', id } })}
        NodePicker={SearchBox}
        renderCitation={(path) => <PathCitation path={path} asOf={view.asOf} />}
      />
      <TourPanel
        tour={view.tour}
        step={view.step}
        currentView={stepViewOf(view)}
        defaultStepTitle={view.focus ? nameOf(view.focus) : ''}
        onStart={workshop.start}
        onChange={workshop.change}
        onStep={workshop.goTo}
        onPresent={workshop.present}
        onEnd={workshop.end}
      />
    </div>
  );
}
