/** CSV text from the sidebar, a pasted export or the CLI, read into rows: BOM dropped, size capped, `;` or `,` chosen. */
import { UserError } from '../core/errors';
import { textArg } from './args';

const MAX_CSV = 20 * 1024 * 1024;

/** Rows of the CSV, or a bilingual error naming what is wrong with it (empty, over 20 MB, unreadable). */
export function readCsvRows(csvText: unknown): string[][] {
  const text = textArg(csvText, 'csv').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UserError('csv_empty', { en: 'The CSV is empty.', zh: 'CSV 内容为空。' }, 'csv');
  if (text.length > MAX_CSV) throw new UserError('csv_too_big', { en: 'The CSV is larger than 20 MB: split it.', zh: 'CSV 超过 20 MB，请拆分后导入。' }, 'csv');
  try {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return Utilities.parseCsv(text, delimiter);
  } catch (e) {
    throw new UserError('csv_invalid', { en: `The CSV cannot be read: ${String(e).slice(0, 120)}`, zh: `无法读取 CSV：${String(e).slice(0, 120)}` }, 'csv');
  }
}
