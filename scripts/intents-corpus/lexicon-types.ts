// Shape of the training-only vocabulary lists: reason terms × neutral frames ({x} = the term).
import type { CorpusLabel } from './types';

export interface Lexicon {
  frames: string[];
  terms: Record<CorpusLabel, string[]>;
}
