// avantika-admin startup: `--help` and `users --help` against a bare `node -e 0`, interleaved, median of 30 runs each.
// ADMIN_BIN points at another build (e.g. main's) to compare before/after in the same run conditions.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { report, timeCommands } from './lib.mjs';

const bin = process.env.ADMIN_BIN ?? fileURLToPath(new URL('../packages/admin/dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('build the admin CLI first: npm run build');
const node = process.execPath;
const times = timeCommands(
  {
    'node -e 0': [node, '-e', '0'],
    'avantika-admin --help': [node, bin, '--help'],
    'avantika-admin users --help': [node, bin, 'users', '--help'],
  },
  { runs: Number(process.env.BENCH_RUNS ?? 30) },
);
report('avantika-admin startup (target: --help <= 1.5x node -e 0)', times, 'node -e 0');
