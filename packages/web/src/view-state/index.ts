export * from './view-state';
export * from './view-reducer';
export * from './view-state-url';
export * from './use-view-state';
export * from './tour';
export * from './validate-tour';
export * from './tour-url';
