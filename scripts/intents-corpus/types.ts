// Shapes of the hand-written phrase pools the intent corpus is generated from.
import type { LanguageKey, ReasonKey } from '../../sheets-templates/enums';

/** A reason key, or 'none' for messages that name no after-sales reason (greetings, thanks, praise). */
export type CorpusLabel = ReasonKey | 'none';

export interface LanguagePools {
  language: LanguageKey;
  /** Slot fillers: {item} {color}; prefix/suffix wrap a message (greetings, emoji, "pls"). */
  slots: { item: string[]; color: string[]; prefix: string[]; suffix: string[] };
  /** Train and test phrasings are written separately: the test set never shares a template with training. */
  pools: Record<CorpusLabel, { train: string[]; test: string[] }>;
}

export interface CorpusRow {
  text: string;
  language: LanguageKey;
  intent: ReasonKey | null;
  /** language/label/index of the phrasing it was generated from (for template-wise development splits). */
  template?: string;
}
