/** A benchmark result row and its aligned text table (`name | n | ms | calls | note`). */

export interface BenchRow {
  name: string;
  n: number;
  ms: number;
  /** Spreadsheet-service calls, when the row runs the bundle. */
  calls?: number;
  note: string;
}

/** Runs `fn` once and returns its wall time in milliseconds with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export function formatTable(rows: BenchRow[]): string {
  const cells = [
    ['name', 'n', 'ms', 'calls', 'note'],
    ...rows.map((r) => [r.name, r.n.toLocaleString('en-US'), r.ms.toFixed(1), r.calls === undefined ? '–' : String(r.calls), r.note]),
  ];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((line) => line[c]!.length)));
  // Numbers right-aligned, text left-aligned; the note is last and not padded.
  const align = (line: string[]) =>
    line.map((v, c) => (c === line.length - 1 ? v : c >= 1 && c <= 3 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join(' | ');
  const rule = widths.map((w, c) => '-'.repeat(c === widths.length - 1 ? Math.max(w, 4) : w)).join('-|-');
  return [align(cells[0]!), rule, ...cells.slice(1).map(align)].join('\n');
}
