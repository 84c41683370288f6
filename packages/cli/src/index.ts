export type { RunCliOptions } from './run-cli.js';
export { runCli } from './run-cli.js';
