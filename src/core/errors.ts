/** Errors a user can fix: a message key, the message in English and Chinese, and the field at fault. */

export interface Bilingual {
  en: string;
  zh: string;
}

export class UserError extends Error {
  readonly key: string;
  readonly text: Bilingual;
  readonly field: string | undefined;
  readonly isUserError: true;

  constructor(key: string, text: Bilingual, field?: string) {
    super(text.en);
    this.name = 'UserError';
    this.key = key;
    this.text = text;
    this.field = field;
    this.isUserError = true;
  }
}

export function isUserError(e: unknown): e is UserError {
  return typeof e === 'object' && e !== null && (e as { isUserError?: unknown }).isUserError === true;
}
