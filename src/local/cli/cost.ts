/**
 * `--cost FILE`, taken by every workbook command (CLI.md): the workbooks a command opened are remembered, and
 * after it ran the cost of all their executions is written as {calls, backendCalls, cellsRead, cellsWritten,
 * modelledSeconds} by the emulator's cost model (src/local/emu/cost.ts).
 */
import { writeFileSync } from 'node:fs';
import { toSummary, type CostMeter, type CostSummary } from '../emu/cost';
import { usage } from './errors';

const meters: CostMeter[] = [];

/** Called by openWorkbook/openScratch for each emulated workbook a command opens. */
export function trackCost(meter: CostMeter): void {
  if (!meters.includes(meter)) meters.push(meter);
}

/** Forgets the workbooks of an earlier command (main() runs one command; tests run several in one process). */
export function resetCostTracking(): void {
  meters.length = 0;
}

/** Removes `--cost FILE` / `--cost=FILE` from argv; returns the file (or null) and the remaining arguments. */
export function takeCostFlag(argv: string[]): { file: string | null; rest: string[] } {
  const rest: string[] = [];
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--cost') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw usage('--cost needs a FILE');
      file = next;
      i++;
    } else if (a.startsWith('--cost=')) {
      file = a.slice('--cost='.length);
      if (!file) throw usage('--cost needs a FILE');
    } else rest.push(a);
  }
  return { file, rest };
}

/** The summed cost of every execution the command ran, over every workbook it opened. */
export function commandCost(): CostSummary {
  const out: CostSummary = { calls: 0, backendCalls: 0, cellsRead: 0, cellsWritten: 0, modelledSeconds: 0 };
  for (const m of meters) {
    const s = toSummary(m.total());
    out.calls += s.calls;
    out.backendCalls += s.backendCalls;
    out.cellsRead += s.cellsRead;
    out.cellsWritten += s.cellsWritten;
    out.modelledSeconds = Math.round((out.modelledSeconds + s.modelledSeconds) * 1000) / 1000;
  }
  return out;
}

export function writeCost(file: string): void {
  writeFileSync(file, JSON.stringify(commandCost(), null, 2) + '\n');
}
