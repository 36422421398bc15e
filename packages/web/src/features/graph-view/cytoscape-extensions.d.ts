// The kept layout extensions ship no types; they are Cytoscape extensions registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
declare module 'cytoscape-dagre' {
  const extension: cytoscape.Ext;
  export default extension;
}
