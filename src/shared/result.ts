/** The envelope every sidebar/CLI API call returns: data, or a user-fixable error in both languages. */

export interface ApiError {
  key: string;
  en: string;
  zh: string;
  field?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
