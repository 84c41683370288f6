// Build step (tsup onSuccess): writes dist/help.json (HELP_FILE in static-help.ts), commander's help for every command, so that bin.js answers
// `--help` without loading commander or the command table. bin.test.ts checks the file against commander's output.
import { writeFileSync } from 'node:fs';
import { collectHelp } from './collect-help.js';

writeFileSync(new URL('./help.json', import.meta.url), `${JSON.stringify(await collectHelp(), null, 1)}\n`);
