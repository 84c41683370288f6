// CLI startup: `avantika --version`, `--help` and a subcommand's `--help` against a bare `node -e 0`, interleaved, median of 30 runs each.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { report, timeCommands } from './lib.mjs';

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('build the CLI first: npm run build');
const node = process.execPath;
const times = timeCommands(
  {
    'node -e 0': [node, '-e', '0'],
    'avantika --version': [node, bin, '--version'],
    'avantika --help': [node, bin, '--help'],
    'avantika problems list -h': [node, bin, 'problems', 'list', '-h'],
  },
  { runs: Number(process.env.BENCH_RUNS ?? 30) },
);
report('CLI startup (target: --version and --help <= 1.3x node -e 0)', times, 'node -e 0');
