/**
 * Quotes are compared with white space folded (the articles were scraped from web pages and carry
 * runs of spaces and line breaks) and nothing else: letters, punctuation and case must match.
 */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `quote` occurs verbatim in `articleText`. */
export function isVerbatimQuote(quote: string, articleText: string): boolean {
  return foldWhiteSpace(articleText).includes(foldWhiteSpace(quote));
}

/** The article's first non-empty line, which is its title. */
export function articleTitle(articleText: string): string {
  return (
    articleText
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
