// Starts the platform server on the embedded default and tells the user how to reach it with the CLI.
import { startServer } from '../packages/server/dist/index.js';

const port = Number(process.env.AVANTIKA_PORT ?? 4870);
await startServer({ host: '127.0.0.1', port });
process.stderr.write(
  `\nAvantika is running at http://127.0.0.1:${port} (health: /healthz).\n` +
    `CLI: node packages/cli/dist/bin.js --help   ·   stop: Ctrl-C\n`,
);
