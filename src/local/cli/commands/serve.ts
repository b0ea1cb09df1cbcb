/** `afterdesk serve [WB] [--port N]`: the sidebar in a browser, bridged to the emulator. */
import { nowFlag, parse, str } from '../args';
import { usage } from '../errors';
import { startServer } from '../../serve';

export async function serveCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { port: { type: 'string' } });
  if (positionals.length > 1) throw usage('usage: afterdesk serve [WB] [--port N] [--as EMAIL]');
  const port = Number(str(flags, 'port') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage('--port must be a port number');
  const server = await startServer({ workbook: positionals[0] ?? 'out/demo.xlsx', port, ...(str(flags, 'as') ? { as: str(flags, 'as')! } : {}), ...(nowFlag(flags) ? { now: nowFlag(flags)! } : {}) });
  console.log(`AfterDesk sidebar on ${server.url} (workbook ${server.wb.path}) — Ctrl+C to stop`);
  await new Promise<void>(() => undefined);
}
