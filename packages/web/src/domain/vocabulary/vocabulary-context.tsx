import { createContext, useContext } from 'react';
import type { Vocabulary } from './create-vocabulary';

export const VocabularyContext = createContext<Vocabulary | null>(null);

/** The vocabulary loaded by <App>; components below it can rely on it being there. */
export function useVocabulary(): Vocabulary {
  const vocabulary = useContext(VocabularyContext);
  if (!vocabulary) throw new Error('useVocabulary() outside <VocabularyContext.Provider>');
  return vocabulary;
}
