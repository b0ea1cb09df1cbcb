/** `afterdesk`: dispatches a verb (CLI.md). Errors print one line on stderr: exit 1, or 2 for a wrong command line. */
import { CliError } from './errors';
import { resetCostTracking, takeCostFlag, writeCost } from './cost';
import { runCommand } from './commands/run';
import { setupCommand } from './commands/setup';
import { demoCommand } from './commands/demo';
import { serveCommand } from './commands/serve';
import { alertsCommand, intentCommand, kbSearchCommand, kpiCommand, surveyResponseCommand } from './commands/reports';
import { importOrdersCommand, logCaseCommand, updateTicketCommand } from './commands/cases';
import { reviewCommand } from './commands/review';
import { erlangCommand, staffingCommand } from './commands/staffing';
import { importReturnsCommand } from './commands/returns';
import { clockCommand, triggersCommand } from './commands/team';
import { exportCommand } from './commands/export';

type Command = (argv: string[]) => Promise<void>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  demo: { run: demoCommand, help: 'demo [--out DIR] [--seed N] [--now ISO] — generate the demo shop and run every job → DIR/demo.xlsx' },
  setup: { run: setupCommand, help: 'setup WB — create the workbook if missing, or repair it' },
  'import-orders': { run: importOrdersCommand, help: 'import-orders WB FILE.csv — import a marketplace order export into Orders' },
  'import-returns': { run: importReturnsCommand, help: 'import-returns WB FILE.csv [--json] — import a Shopee return/refund export: one ticket per Return ID, created or updated' },
  'log-case': { run: logCaseCommand, help: 'log-case WB --json-input JSON — log a case as the sidebar does; prints the ticket ID' },
  'update-ticket': { run: updateTicketCommand, help: 'update-ticket WB ID --json-input JSON — status, reply, resolution, compensation, root cause' },
  kpi: { run: kpiCommand, help: 'kpi WB [--from D] [--to D] [--as-of T] --json — the figures of METRICS.md' },
  alerts: { run: alertsCommand, help: 'alerts WB [--now T] [--json] — run the anomaly and batch-defect check as its trigger does' },
  review: { run: reviewCommand, help: 'review WB [--now T] [--week YYYY-Www] --json — the weekly review and department feedback' },
  'survey-response': { run: surveyResponseCommand, help: 'survey-response WB --ticket ID --score N [--comment TEXT] — submit a survey response' },
  intent: { run: intentCommand, help: 'intent TEXT [--workbook WB] --json | intent --batch FILE --json — detect the intent of customer messages' },
  'kb-search': { run: kbSearchCommand, help: 'kb-search WB QUERY --json — ranked knowledge-base articles' },
  serve: { run: serveCommand, help: 'serve [WB] [--port N] — the sidebar in a browser against the emulator' },
  staffing: { run: staffingCommand, help: 'staffing WB [--now T] --json — refresh the Staffing tab: ticket forecast and agents per hour' },
  erlang: { run: erlangCommand, help: 'erlang --arrivals N --interval SECONDS --aht SECONDS [--agents N] [--target-sl F --target-seconds S] [--occupancy F] [--shrinkage F] --json — one Erlang C interval' },
  run: { run: runCommand, help: 'run WB FUNCTION [JSON-ARGS…] | run --list — call a top-level function of the bundle' },
  triggers: { run: triggersCommand, help: 'triggers WB --json — the installed triggers and the account each runs as' },
  clock: { run: clockCommand, help: 'clock WB --until T [--json] — fire every trigger due up to T, each as its owner' },
  export: { run: exportCommand, help: 'export WB --to DIR — tickets, orders and events as NDJSON with BigQuery schemas, and the KPIs as SQL views' },
};

export function registerCommand(name: string, run: Command, help: string): void {
  COMMANDS[name] = { run, help };
}

function helpText(): string {
  return ['Usage: afterdesk <command> …', '', ...Object.values(COMMANDS).map((c) => `  afterdesk ${c.help}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === 'help' || verb === '--help' || verb === '-h') {
    console.log(helpText());
    if (!verb) console.error('afterdesk: no command given. Run `afterdesk help`.'); // exit 2 says why, on stderr
    return verb ? 0 : 2;
  }
  const cmd = COMMANDS[verb];
  if (!cmd) {
    console.error(`afterdesk: unknown command "${verb}". Run \`afterdesk help\`.`);
    return 2;
  }
  let costFile: string | null = null;
  resetCostTracking();
  let code = 0;
  try {
    const taken = takeCostFlag(rest);
    costFile = taken.file;
    await cmd.run(taken.rest);
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`afterdesk ${verb}: ${e.message}`);
      code = e.exitCode;
    } else {
      const err = e as { message?: string; text?: { en: string; zh: string } };
      console.error(`afterdesk ${verb}: ${err.text ? `${err.text.en} · ${err.text.zh}` : (err.message ?? String(e))}`);
      if (process.env['AFTERDESK_DEBUG']) console.error(e);
      code = 1;
    }
  }
  if (costFile && !saveCost(verb, costFile)) code = code || 1;
  return code;
}

/** --cost FILE is written whatever happened; a path that cannot be written is reported on one line, never thrown. */
function saveCost(verb: string, file: string): boolean {
  try {
    writeCost(file);
    return true;
  } catch (e) {
    console.error(`afterdesk ${verb}: cannot write --cost ${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return false;
  }
}
