/** `afterdesk`: dispatches a verb (CLI.md). Errors print one line on stderr: exit 1, or 2 for a wrong command line. */
import { CliError } from './errors';
import { runCommand } from './commands/run';
import { setupCommand } from './commands/setup';
import { demoCommand } from './commands/demo';
import { serveCommand } from './commands/serve';
import { alertsCommand, intentCommand, kbSearchCommand, kpiCommand, surveyResponseCommand } from './commands/reports';
import { importOrdersCommand, logCaseCommand, updateTicketCommand } from './commands/cases';

type Command = (argv: string[]) => Promise<void>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  demo: { run: demoCommand, help: 'demo [--out DIR] [--seed N] [--now ISO] — generate the demo shop and run every job → DIR/demo.xlsx' },
  setup: { run: setupCommand, help: 'setup WB — create the workbook if missing, or repair it' },
  'import-orders': { run: importOrdersCommand, help: 'import-orders WB FILE.csv — import a marketplace order export into Orders' },
  'log-case': { run: logCaseCommand, help: 'log-case WB --json-input JSON — log a case as the sidebar does; prints the ticket ID' },
  'update-ticket': { run: updateTicketCommand, help: 'update-ticket WB ID --json-input JSON — status, reply, resolution, compensation, root cause' },
  kpi: { run: kpiCommand, help: 'kpi WB [--from D] [--to D] [--as-of T] --json — the figures of METRICS.md' },
  alerts: { run: alertsCommand, help: 'alerts WB [--now T] [--json] — run the anomaly and batch-defect check as its trigger does' },
  'survey-response': { run: surveyResponseCommand, help: 'survey-response WB --ticket ID --score N [--comment TEXT] — submit a survey response' },
  intent: { run: intentCommand, help: 'intent TEXT [--workbook WB] --json | intent --batch FILE --json — detect the intent of customer messages' },
  'kb-search': { run: kbSearchCommand, help: 'kb-search WB QUERY --json — ranked knowledge-base articles' },
  serve: { run: serveCommand, help: 'serve [WB] [--port N] — the sidebar in a browser against the emulator' },
  run: { run: runCommand, help: 'run WB FUNCTION [JSON-ARGS…] | run --list — call a top-level function of the bundle' },
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
    return verb ? 0 : 2;
  }
  const cmd = COMMANDS[verb];
  if (!cmd) {
    console.error(`afterdesk: unknown command "${verb}". Run \`afterdesk help\`.`);
    return 2;
  }
  try {
    await cmd.run(rest);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`afterdesk ${verb}: ${e.message}`);
      return e.exitCode;
    }
    const err = e as { message?: string; text?: { en: string; zh: string } };
    console.error(`afterdesk ${verb}: ${err.text ? `${err.text.en} · ${err.text.zh}` : (err.message ?? String(e))}`);
    if (process.env['AFTERDESK_DEBUG']) console.error(e);
    return 1;
  }
}
