import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeCitation } from '../features/cite/NodeCitation';
import { CompareSection } from '../features/compare/CompareSection';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { ImplementationMapPanel } from '../features/implementation-map/ImplementationMapPanel';
import { MapSection } from '../features/implementation-map/MapSection';
import { ExportMenu } from '../features/export/ExportMenu';
import { emptyContent, visibleContent } from '../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../domain/graph-content/node-names';
import { toCytoscapeElements } from '../features/graph-view/to-cytoscape-elements';
import { useGraphContent } from '../domain/graph-content/use-graph-content';
import type { GraphViewHandle } from '../features/graph-view/GraphView';
import { useLang } from '../lib/i18n/use-lang';
import { ViewLists } from '../features/node-list/ViewLists';
import { usePathView } from '../features/paths/use-path-view';
import { PresentationControls } from '../features/presentation/PresentationControls';
import { RatificationSection } from '../features/ratification-map/RatificationSection';
import { SearchBox } from '../features/search/SearchBox';
import { TimeSlider } from '../features/time/TimeSlider';
import { TourBar } from '../features/tour/TourBar';
import { useWorkshop } from './use-workshop';
import { isPanelOpen, PANELS, type Selection, type ViewState } from '../domain/view-state/view-state';
import type { ViewAction } from '../domain/view-state/view-reducer';
import { useVocabulary } from '../domain/vocabulary/vocabulary-context';
import { FilterPanel } from './FilterPanel';
import { GraphStatus } from './GraphStatus';
import { OutageNotice } from './OutageNotice';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Legend } from './Legend';
import { MainTabs, MAIN_PANEL_ID, mainTabId } from './MainTabs';
import { StatusMessage } from '../ui/StatusMessage';
import { Toolbar } from './Toolbar';
import { TrainerTools } from './TrainerTools';
import { Welcome } from './Welcome';
import { Handout } from '../features/handout/Handout';
import { PrintButton } from '../features/handout/PrintButton';
import { usePrintHandout } from '../features/handout/use-print-handout';
import { viewAddress } from '../domain/view-url/view-address';
import { initialPanels, SkipLink, type Panels } from './panels';

// Cytoscape and its layouts are most of the bundle; the welcome and the panels paint without them.
const GraphView = lazy(() =>
  import('../features/graph-view/GraphView').then((m) => ({ default: m.GraphView })),
);
// The comparison and the ratification map load when first shown: the first load stays the graph's.
const ComparePanel = lazy(() =>
  import('../features/compare/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);
const RatificationMapPanel = lazy(() =>
  import('../features/ratification-map/RatificationMapPanel').then((m) => ({
    default: m.RatificationMapPanel,
  })),
);

export interface ExplorerProps {
  view: ViewState;
  dispatch(action: ViewAction): void;
  /** The date of the link the page was opened with, when it was not a date (named by the toolbar). */
  refusedLinkDate?: string | null;
}

/** The explorer's layout: header with search, the lists and filters, the graph, the details. */
export function Explorer({ view, dispatch, refusedLinkDate = null }: ExplorerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const graphView = useRef<GraphViewHandle>(null);
  const centres = useMemo(
    () => (view.focus ? [view.focus, ...view.expanded] : []),
    [view.focus, view.expanded],
  );
  const graph = useGraphContent(centres, view.asOf);
  const visible = useMemo(
    () =>
      view.focus
        ? visibleContent(graph.content, {
            focus: view.focus,
            removed: view.removed,
            hiddenNodeKinds: view.hiddenNodeKinds,
            hiddenRelationKinds: view.hiddenRelationKinds,
            expanded: view.expanded,
            articles: view.articles,
          })
        : emptyContent(),
    [
      graph.content,
      view.focus,
      view.removed,
      view.hiddenNodeKinds,
      view.hiddenRelationKinds,
      view.expanded,
      view.articles,
    ],
  );
  // What is drawn: the visible content plus the paths asked for ("How are these connected?").
  const { paths, shown, highlighted } = usePathView(view, visible);
  const elements = useMemo(
    () =>
      toCytoscapeElements(shown, {
        focus: view.focus,
        expanded: view.expanded,
        lang,
        vocabulary,
        highlighted,
      }),
    [shown, view.focus, view.expanded, lang, vocabulary, highlighted],
  );
  const workshop = useWorkshop(view, dispatch);
  // The printed handout: the drawing is taken when printing starts, the citations fetched for it.
  const snapshot = useCallback(() => graphView.current?.snapshot() ?? null, []);
  const handout = usePrintHandout(shown, snapshot);
  // Side panels fold away on narrow screens (a 1024×768 projector) so the graph keeps the room.
  const [panels, setPanels] = useState<Panels>(initialPanels);
  const togglePanel = (panel: keyof Panels): void => setPanels((p) => ({ ...p, [panel]: !p[panel] }));
  const nameOf = (id: string): string => {
    const node = shown.nodes.get(id) ?? graph.content.nodes.get(id);
    return node ? graphLabel(node, lang) : id;
  };

  const select = useCallback((selection: Selection) => dispatch({ type: 'select', selection }), [dispatch]);
  const focus = useCallback((id: string) => dispatch({ type: 'focus', id }), [dispatch]);
  const expand = useCallback((id: string) => dispatch({ type: 'expand', id }), [dispatch]);
  // Double-clicking a node expands it, or collapses it when it already is.
  const expanded = view.expanded;
  const toggleExpanded = useCallback(
    (id: string) => dispatch(expanded.includes(id) ? { type: 'collapse', id } : { type: 'expand', id }),
    [dispatch, expanded],
  );

  const openMap = useCallback(
    (treaty: string, jurisdiction: string) => dispatch({ type: 'openMap', treaty, jurisdiction }),
    [dispatch],
  );
  // Once a map, a comparison or a ratification map is opened, the main area has tabs: the graph
  // and each view opened. Those views are tables to read across: they take the details' column.
  const openPanels = PANELS.filter((p) => isPanelOpen(view, p));
  const tabs = openPanels.length > 1 && !view.presenting;
  const mapShown = tabs && view.panel === 'map';
  const regionalShown = tabs && (view.panel === 'compare' || view.panel === 'ratification');
  const compare = useCallback((ids: string[]) => dispatch({ type: 'compare', ids }), [dispatch]);
  const openRatificationMap = useCallback(
    (treaty: string) => dispatch({ type: 'openRatificationMap', treaty }),
    [dispatch],
  );
  // Choosing a state on the map or in a comparison opens its framework: the state, selected, in the graph.
  const openState = useCallback((id: string) => dispatch({ type: 'reveal', id }), [dispatch]);

  const focusNode = view.focus ? graph.content.nodes.get(view.focus) : undefined;
  const focusTitle = focusNode ? nodeName(focusNode, lang) : view.focus;
  useEffect(() => {
    document.title = focusTitle ? `${focusTitle} — Cadre` : t('app.title');
  }, [focusTitle, t]);

  const presentationControls = (
    <PresentationControls
      lang={view.lang}
      onLang={(l) => dispatch({ type: 'setLang', lang: l })}
      onLeave={workshop.leave}
    />
  );
  const appClass = [
    'app',
    view.presenting ? 'presenting' : '',
    panels.sidebar ? '' : 'no-sidebar',
    panels.details ? '' : 'no-details',
    mapShown || regionalShown ? 'map-shown' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={appClass}>
      {view.presenting ? null : (
        <SkipLink
          hasLists={Boolean(view.focus)}
          onOpenSidebar={() => setPanels((p) => ({ ...p, sidebar: true }))}
        />
      )}
      {view.presenting ? null : (
        <header className="app-header">
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panels.sidebar}
            aria-controls="cadre-sidebar"
            onClick={() => togglePanel('sidebar')}
          >
            <span aria-hidden="true">☰ </span>
            {t('layout2.sidebar')}
          </button>
          <h1 className="app-title">
            <a
              href="/"
              onClick={(e) => {
                e.preventDefault();
                dispatch({ type: 'home' });
              }}
            >
              Cadre
            </a>
          </h1>
          <p className="app-tagline">{t('app.tagline')}</p>
          <SearchBox onChoose={focus} />
          <a
            className="app-api-link"
            href={`/graphiql.html${view.lang === 'fr' ? '?lang=fr' : ''}`}
            title={t('api.title')}
          >
            {t('api.link')}
          </a>
          <button type="button" className="present-button" onClick={workshop.present}>
            {t('presentation.present')}
          </button>
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panels.details}
            aria-controls="cadre-details"
            onClick={() => togglePanel('details')}
          >
            {t('layout2.details')}
          </button>
          <LanguageSwitch lang={view.lang} onChange={(l) => dispatch({ type: 'setLang', lang: l })} />
        </header>
      )}

      {view.presenting ? null : (
        <aside
          id="cadre-sidebar"
          className="sidebar"
          aria-label={t('sidebar.label')}
          hidden={!panels.sidebar}
        >
          <TrainerTools view={view} dispatch={dispatch} paths={paths} workshop={workshop} nameOf={nameOf} />
          <MapSection
            key={`${view.mapTreaty ?? ''}|${view.mapJurisdiction ?? ''}`}
            treaty={view.mapTreaty}
            jurisdiction={view.mapJurisdiction}
            onOpen={openMap}
          />
          <CompareSection compared={view.compare} focus={view.focus} onOpen={compare} />
          <RatificationSection
            key={view.ratificationTreaty ?? ''}
            treaty={view.ratificationTreaty}
            onOpen={openRatificationMap}
          />
          {view.focus ? (
            <>
              <FilterPanel
                loaded={graph.content}
                drawn={shown}
                hiddenNodeKinds={view.hiddenNodeKinds}
                hiddenRelationKinds={view.hiddenRelationKinds}
                onNodeKind={(kind, visibleKind) =>
                  dispatch({ type: 'setNodeKindVisible', kind, visible: visibleKind })
                }
                onRelationKind={(kind, visibleKind) =>
                  dispatch({ type: 'setRelationKindVisible', kind, visible: visibleKind })
                }
              />
              <ViewLists
                content={shown}
                focus={view.focus}
                expanded={view.expanded}
                selected={view.selected}
                onSelect={select}
              />
            </>
          ) : (
            <p className="muted">{t('sidebar.empty')}</p>
          )}
        </aside>
      )}

      <main
        id="cadre-main"
        tabIndex={-1}
        className="graph-area"
        aria-label={t('graph.label')}
        aria-busy={graph.loading}
      >
        {view.tour ? (
          <TourBar
            tour={view.tour}
            step={view.step}
            presenting={view.presenting}
            prefetch={workshop.prefetch}
            onStep={workshop.goTo}
            onPresent={workshop.present}
            onEnd={workshop.end}
            controls={view.presenting ? presentationControls : undefined}
          />
        ) : view.presenting ? (
          <div className="presentation-top">
            <h2 className="presentation-title">{focusTitle ?? t('app.title')}</h2>
            {presentationControls}
          </div>
        ) : null}
        {tabs ? (
          <MainTabs
            panel={view.panel}
            panels={openPanels}
            onPanel={(panel) => dispatch({ type: 'showPanel', panel })}
          />
        ) : null}
        {regionalShown ? (
          <div
            className="main-panel regional-panel"
            id={MAIN_PANEL_ID}
            role="tabpanel"
            aria-labelledby={mainTabId(view.panel)}
          >
            <TimeSlider asOf={view.asOf} onAsOf={(asOf) => dispatch({ type: 'setAsOf', asOf })} />
            <Suspense fallback={<StatusMessage kind="loading">{t('graph.loadingView')}</StatusMessage>}>
              {view.panel === 'compare' ? (
                <ComparePanel
                  ids={view.compare}
                  asOf={view.asOf}
                  onChange={compare}
                  onOpenState={openState}
                  onReveal={openState}
                />
              ) : (
                <RatificationMapPanel
                  treaty={view.ratificationTreaty!}
                  asOf={view.asOf}
                  onTreaty={openRatificationMap}
                  onOpenState={openState}
                />
              )}
            </Suspense>
          </div>
        ) : mapShown ? (
          <div className="main-panel" id={MAIN_PANEL_ID} role="tabpanel" aria-labelledby={mainTabId('map')}>
            <TimeSlider asOf={view.asOf} onAsOf={(asOf) => dispatch({ type: 'setAsOf', asOf })} />
            <ImplementationMapPanel
              treaty={view.mapTreaty!}
              jurisdiction={view.mapJurisdiction!}
              asOf={view.asOf}
              onOpen={openMap}
              onReveal={(id, instrument) =>
                dispatch(instrument ? { type: 'reveal', id, instrument } : { type: 'reveal', id })
              }
            />
          </div>
        ) : (
          <div
            className="main-panel"
            {...(tabs ? { id: MAIN_PANEL_ID, role: 'tabpanel', 'aria-labelledby': mainTabId('graph') } : {})}
          >
            {view.focus ? (
              <>
                {view.presenting ? null : (
                  <Toolbar
                    layout={view.layout}
                    asOf={view.asOf}
                    refusedLinkDate={refusedLinkDate}
                    removedCount={view.removed.length}
                    onLayout={(layout) => dispatch({ type: 'setLayout', layout })}
                    onAsOf={(asOf) => dispatch({ type: 'setAsOf', asOf })}
                    onFit={() => graphView.current?.fit()}
                    onRelayout={() => graphView.current?.relayout()}
                    onRestoreRemoved={() => dispatch({ type: 'restoreRemoved' })}
                  >
                    <ExportMenu
                      view={view}
                      focus={view.focus}
                      visible={visible}
                      exportCanvas={(format, metadata) =>
                        graphView.current?.exportCanvas(format, metadata) ??
                        Promise.reject(new Error(t('graph.loadingView')))
                      }
                    />
                    <PrintButton busy={handout.busy} onPrint={() => void handout.print()} />
                  </Toolbar>
                )}
                <TimeSlider asOf={view.asOf} onAsOf={(asOf) => dispatch({ type: 'setAsOf', asOf })} />
                <div className="graph-stage">
                  <Suspense fallback={<StatusMessage kind="loading">{t('graph.loadingView')}</StatusMessage>}>
                    <GraphView
                      ref={graphView}
                      elements={elements}
                      layout={view.layout}
                      focusId={view.focus}
                      selected={view.selected}
                      onSelect={select}
                      onExpand={toggleExpanded}
                      label={t('graph.canvasLabel', {
                        nodes: shown.nodes.size,
                        relations: shown.relations.size,
                      })}
                      presenting={view.presenting}
                    />
                  </Suspense>
                  <GraphStatus
                    focus={view.focus}
                    asOf={view.asOf}
                    graph={graph}
                    visible={visible}
                    onHome={() => dispatch({ type: 'home' })}
                  />
                </div>
                <Legend />
              </>
            ) : (
              <Welcome onChoose={focus} onStartTour={workshop.start} />
            )}
          </div>
        )}
        <OutageNotice asOf={view.asOf} kept={graph.kept} />
      </main>

      {view.presenting ? null : (
        // A wrapper of its own (display: contents) so the header's toggle can name what it folds.
        <div id="cadre-details" className="details-slot" hidden={!panels.details}>
          <DetailsPanel
            selected={view.selected}
            asOf={view.asOf}
            focus={view.focus}
            expanded={view.expanded}
            articles={view.articles}
            actions={{
              onFocus: focus,
              onExpand: expand,
              onCollapse: (id) => dispatch({ type: 'collapse', id }),
              onRemove: (id) => dispatch({ type: 'remove', id }),
              onSelectRelation: (id) => select({ type: 'relation', id }),
              onSelectNode: (id) => select({ type: 'node', id }),
              onShowArticles: (id, shown) => dispatch({ type: 'setArticlesShown', id, shown }),
              onConnectFrom: (id) => dispatch({ type: 'setPathEnd', end: 'from', id }),
              onConnectTo: (id) => dispatch({ type: 'setPathEnd', end: 'to', id }),
            }}
            renderCitation={(node) => <NodeCitation node={node} asOf={view.asOf} />}
          />
        </div>
      )}
      {view.focus ? (
        <Handout
          title={`Cadre — ${focusTitle ?? view.focus}`}
          content={shown}
          asOf={view.asOf}
          link={viewAddress({ ...view, tour: null, step: 0, presenting: false })}
          image={handout.image}
          evidence={handout.evidence}
          printedOn={localDay(new Date())}
        />
      ) : null}
    </div>
  );
}

/** "2026-11-22": the reader's own calendar day. */
const localDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
