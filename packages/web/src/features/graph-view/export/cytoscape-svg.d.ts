// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the SVG document as a string.
declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}
