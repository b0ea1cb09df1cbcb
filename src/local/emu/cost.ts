/**
 * The cost model: per execution, the calls, the calls that reach Google's backend, the cells moved and scanned,
 * and a modelled time on Google's servers = coefficients × those counts (README "Cost model").
 *
 * Coefficients (seconds; low / central / high) and their sources — stated once, here:
 *  - executionStart 0.15 / 0.25 / 0.50: start of an execution (APPS-SCRIPT.md "Performance");
 *  - backendCall 0.03 / 0.10 / 0.26: a call that reaches the backend — Google "Best Practices" (a flush() per row),
 *    bugbugnow's getLastRow() in a loop (~160 ms a call), Tanaike's benchmarks;
 *  - otherCall 0.001 / 0.002 / 0.007: a call the caches absorb (Tanaike 2018);
 *  - cellRead 8.5 / 10 / 20 µs: getValues per cell (Tanaike 2018; "Handling 10,000,000 cells", 2022);
 *  - cellWritten 25 / 60 / 150 µs: setValues per cell (same sources);
 *  - textFinder 0.10 / 0.20 / 0.40 on top of its backend call (a search ≈ 0.3 s), plus cellScanned 1 / 3 / 5 µs
 *    a cell scanned (APPS-SCRIPT.md: "TextFinder on one column ~0.3 s plus a few µs a cell scanned").
 *
 * The backend rule: getLastRow / getLastColumn / getDataRange (size look-ups), appendRow, flush, every TextFinder
 * search, every Properties read or write, and acquiring a lock always reach the backend; any other read of cells
 * does when a write is pending (Apps Script flushes queued writes before it can read), and clears the pending flag.
 * Everything else (getRange, setValues, formats, the header of a Session…) is an ordinary call.
 */

export interface CostCounts {
  executions: number;
  calls: number;
  backendCalls: number;
  cellsRead: number;
  cellsWritten: number;
  cellsScanned: number;
  textFinds: number;
}

export interface ExecutionCost extends CostCounts {
  name: string;
  /** Modelled seconds with the central coefficients, and the low–high band. */
  modelledSeconds: number;
  modelledLow: number;
  modelledHigh: number;
}

/** What `--cost FILE` writes (CLI.md): exactly these keys. */
export interface CostSummary {
  calls: number;
  backendCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modelledSeconds: number;
}

type Coefficients = Record<'executionStart' | 'backendCall' | 'otherCall' | 'cellRead' | 'cellWritten' | 'textFinder' | 'cellScanned', number>;

export const COST_COEFFICIENTS: Record<'low' | 'central' | 'high', Coefficients> = {
  low: { executionStart: 0.15, backendCall: 0.03, otherCall: 0.001, cellRead: 8.5e-6, cellWritten: 25e-6, textFinder: 0.1, cellScanned: 1e-6 },
  central: { executionStart: 0.25, backendCall: 0.1, otherCall: 0.002, cellRead: 10e-6, cellWritten: 60e-6, textFinder: 0.2, cellScanned: 3e-6 },
  high: { executionStart: 0.5, backendCall: 0.26, otherCall: 0.007, cellRead: 20e-6, cellWritten: 150e-6, textFinder: 0.4, cellScanned: 5e-6 },
};

export function modelSeconds(c: CostCounts, band: 'low' | 'central' | 'high' = 'central'): number {
  const k = COST_COEFFICIENTS[band];
  const s = c.executions * k.executionStart + c.backendCalls * k.backendCall + (c.calls - c.backendCalls) * k.otherCall
    + c.cellsRead * k.cellRead + c.cellsWritten * k.cellWritten + c.textFinds * k.textFinder + c.cellsScanned * k.cellScanned;
  return Math.round(s * 1000) / 1000;
}

const ALWAYS_BACKEND = new Set([
  'Sheet.getLastRow', 'Sheet.getLastColumn', 'Sheet.getDataRange', 'Range.getDataRegion', 'Sheet.appendRow',
  'SpreadsheetApp.flush', 'Lock.tryLock', 'Lock.waitLock',
  'TextFinder.findAll', 'TextFinder.findNext', 'TextFinder.findPrevious', 'TextFinder.replaceAllWith',
]);
/** Reads of cell contents or cell properties: backend when a write is pending; they count cells read. */
const CELL_READS = /^Range\.(getValues?|getDisplayValues?|getFormulas?|getNumberFormats?|getBackgrounds?|getFontWeights?|getNotes?|getNote|getDataValidations?|isBlank|getMergedRanges)$/;
const WRITES = /^(Range|Sheet|Spreadsheet)\.(set|clear|insert|delete|append|merge|hide|show|remove|sort|copy|move|protect|autoResize|breakApart)/;
const SINGLE_CELL = new Set(['Range.getValue', 'Range.getDisplayValue', 'Range.getFormula', 'Range.getNumberFormat', 'Range.getBackground', 'Range.getFontWeight', 'Range.getNote', 'Range.getDataValidation']);
/** Writes of cell contents or properties that count cells written (size of the range). */
const CELL_WRITES = /^Range\.(setValues?|setFormulas?|setNumberFormats?|setBackgrounds?|setFontWeights?|setFontColors?|setNotes?|clear|clearContent|clearFormat)$/;

function zero(): CostCounts {
  return { executions: 0, calls: 0, backendCalls: 0, cellsRead: 0, cellsWritten: 0, cellsScanned: 0, textFinds: 0 };
}

interface Running {
  name: string;
  counts: CostCounts;
  pendingWrite: boolean;
}

/** Records the cost of each execution; calls made outside an execution (tests setting up data) cost nothing. */
export class CostMeter {
  /** Finished executions, oldest first. */
  readonly runs: ExecutionCost[] = [];
  private stack: Running[] = [];

  begin(name: string): void {
    const counts = zero();
    counts.executions = 1;
    this.stack.push({ name, counts, pendingWrite: false });
  }

  end(): ExecutionCost | null {
    const r = this.stack.pop();
    if (!r) return null;
    const run: ExecutionCost = { name: r.name, ...r.counts, modelledSeconds: modelSeconds(r.counts), modelledLow: modelSeconds(r.counts, 'low'), modelledHigh: modelSeconds(r.counts, 'high') };
    this.runs.push(run);
    return run;
  }

  /** How many executions are running (nested when one starts inside another's call); 0 outside any. */
  get depth(): number {
    return this.stack.length;
  }

  private get current(): Running | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** One service call `Service.method`; `cells` is the size of the range it acts on (when a Range). */
  call(name: string, cells: number, args: unknown[]): void {
    const r = this.current;
    if (!r) return;
    const c = r.counts;
    c.calls++;
    const isProps = name.startsWith('Properties.');
    if (ALWAYS_BACKEND.has(name) || isProps) {
      c.backendCalls++;
      if (name === 'Sheet.appendRow' || name === 'SpreadsheetApp.flush') r.pendingWrite = false;
    } else if (CELL_READS.test(name)) {
      if (r.pendingWrite) {
        c.backendCalls++;
        r.pendingWrite = false;
      }
    } else if (WRITES.test(name)) {
      r.pendingWrite = true;
    }
    if (CELL_READS.test(name)) c.cellsRead += SINGLE_CELL.has(name) ? 1 : cells;
    if (CELL_WRITES.test(name)) c.cellsWritten += cells;
    if (name === 'Sheet.appendRow') c.cellsWritten += Array.isArray(args[0]) ? args[0].length : 0;
  }

  /** A TextFinder search: `cells` is the number of cells it scanned. */
  scan(cells: number): void {
    const r = this.current;
    if (!r) return;
    r.counts.textFinds++;
    r.counts.cellsScanned += cells;
  }

  reset(): void {
    this.runs.length = 0;
  }

  /** The last finished execution (throws when none ran). */
  last(): ExecutionCost {
    const r = this.runs[this.runs.length - 1];
    if (!r) throw new Error('no execution has run');
    return r;
  }

  /** Counts summed over the finished executions (all, or the last `n`). */
  total(n?: number): ExecutionCost {
    const runs = n === undefined ? this.runs : this.runs.slice(-n);
    const c = zero();
    for (const r of runs) for (const k of Object.keys(c) as (keyof CostCounts)[]) c[k] += r[k];
    return { name: 'total', ...c, modelledSeconds: modelSeconds(c), modelledLow: modelSeconds(c, 'low'), modelledHigh: modelSeconds(c, 'high') };
  }

  /** The five numbers of `--cost FILE`, summed over every finished execution. */
  summary(): CostSummary {
    return toSummary(this.total());
  }
}

export function toSummary(c: ExecutionCost): CostSummary {
  return { calls: c.calls, backendCalls: c.backendCalls, cellsRead: c.cellsRead, cellsWritten: c.cellsWritten, modelledSeconds: c.modelledSeconds };
}
