/** The shape of a tab definition, and the record type each tab's rows read into (derived, never restated). */
import type { EnumOption } from './enums';

export type ColumnType = 'text' | 'longtext' | 'datetime' | 'date' | 'integer' | 'number' | 'enum' | 'boolean';

export interface ColumnDef {
  /** camelCase field name used in code and JSON (DATA.md column name in camelCase). */
  readonly field: string;
  /** Canonical English header. */
  readonly en: string;
  /** Simplified Chinese alias. */
  readonly zh: string;
  readonly type: ColumnType;
  readonly enum?: readonly EnumOption[];
  /** Text written by a customer: always stored as literal text. */
  readonly customerText?: boolean;
  readonly width?: number;
  readonly note?: string;
}

export interface TabDef {
  /** Canonical English tab name. */
  readonly name: string;
  /** Chinese alias (a tab renamed to it is still found). */
  readonly zh: string;
  readonly columns: readonly ColumnDef[];
  /** Header background colour. */
  readonly color?: string;
  /** One line on what the tab holds (used in docs and the set-up report). */
  readonly about: string;
  /** Tabs with a free layout (Dashboard) are not header-checked. */
  readonly freeLayout?: boolean;
  /** Set-up keeps a filter over the whole table (header row and every row), so people sort and filter in place. */
  readonly filter?: boolean;
}

type ValueOf<C> = C extends { type: 'enum'; enum: readonly EnumOption<infer K>[] }
  ? K | null
  : C extends { type: 'datetime' | 'date' | 'integer' | 'number' }
    ? number | null
    : C extends { type: 'boolean' }
      ? boolean
      : string;

/** A row of a tab as code sees it: datetimes as epoch milliseconds, enums as keys, empty cells as null / ''. */
export type RowOf<T extends { columns: readonly ColumnDef[] }> = {
  -readonly [C in T['columns'][number] as C['field']]: ValueOf<C>;
};
