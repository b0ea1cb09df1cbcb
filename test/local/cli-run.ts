/** Runs the `afterdesk` CLI in-process for a test: its exit code and what it printed on stdout and stderr. */
import { vi } from 'vitest';
import { main } from '../../src/local/cli/main';

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => { out += `${a.join(' ')}\n`; });
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => { err += `${a.join(' ')}\n`; });
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  try {
    return { code: await main(argv), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}
