import type { FrenchGrammar } from '../law/law-records';

/**
 * How a French verb takes its object: directly ("complète la Convention"), through à or de, which
 * contract with the article ("au Mali", "aux Pays-Bas", "du Protocole", "des Nations Unies"), as
 * a place ("au Mali", "en Guinée", "dans la région de Sikasso"), or bare after de ("une forme de
 * traite des personnes", "une forme d'exploitation sexuelle").
 */
export type FrenchConstruction = 'direct' | 'a' | 'de' | 'loc' | 'de-bare';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The name as running text writes it ("Traite des personnes" → "traite des personnes"). */
export function frenchRunningName(name: string, g: Pick<FrenchGrammar, 'lowercase'>): string {
  return g.lowercase ? lowerFirst(name) : name;
}

/** "le Mali", "la Convention", "l'Office", "les Pays-Bas", or the bare name. */
function withArticle(text: string, g: FrenchGrammar): string {
  if (g.article === 'none') return text;
  if (g.number === 'p') return `les ${text}`;
  if (g.elision) return `l'${text}`;
  return `${g.gender === 'f' ? 'la' : 'le'} ${text}`;
}

/** à + article: au, à la, à l', aux, or à before a bare name. */
function afterA(text: string, g: FrenchGrammar): string {
  if (g.article === 'none') return `à ${text}`;
  if (g.number === 'p') return `aux ${text}`;
  if (g.elision) return `à l'${text}`;
  return g.gender === 'f' ? `à la ${text}` : `au ${text}`;
}

/** de + article: du, de la, de l', des; d' or de before a bare name. */
function afterDe(text: string, g: FrenchGrammar): string {
  if (g.article === 'none') return g.elision ? `d'${text}` : `de ${text}`;
  if (g.number === 'p') return `des ${text}`;
  if (g.elision) return `de l'${text}`;
  return g.gender === 'f' ? `de la ${text}` : `du ${text}`;
}

/** The noun phrase for a name in a French construction, built from the seeded grammar only. */
export function frenchNounPhrase(name: string, g: FrenchGrammar, construction: FrenchConstruction): string {
  const text = frenchRunningName(name, g);
  switch (construction) {
    case 'direct':
      return withArticle(text, g);
    case 'a':
      return afterA(text, g);
    case 'de':
      return afterDe(text, g);
    case 'de-bare':
      return g.elision ? `d'${text}` : `de ${text}`;
    case 'loc':
      if (g.locative === 'en') return `en ${text}`;
      if (g.locative === 'dans') return `dans ${withArticle(text, g)}`;
      return afterA(text, g);
  }
}
