export type { CliContext, TextSink } from './context.js';
export type { ExitCodeValue } from './errors.js';
export { ExitCode, ExitError, UsageError } from './errors.js';
export type { RunCliOptions } from './run-cli.js';
export { buildProgram, runCli } from './run-cli.js';
