#!/usr/bin/env node
// The `afterdesk` command: runs the built Apps Script bundle in the local emulator (see CLI.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/local/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
