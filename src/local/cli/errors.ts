/** CLI failures: a one-line message and an exit code (1 for a failed command, 2 for a wrong command line). */

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function usage(message: string): CliError {
  return new CliError(`${message}\nRun \`afterdesk help\` for the commands.`, 2);
}
