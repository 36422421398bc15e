// The citation-js plugins register themselves on import and ship no types of their own.
declare module '@citation-js/plugin-csl';
