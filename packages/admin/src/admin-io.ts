/** Where commands write and what environment they read; injected so commands run as functions in tests. */
export interface AdminIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Reads all of stdin (`--token-stdin`); absent where there is none. */
  readonly stdin?: () => Promise<string>;
}

/** The real process's streams and environment. */
export function processIo(): AdminIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdin: async () => {
      let text = '';
      for await (const chunk of process.stdin) text += chunk;
      return text;
    },
  };
}
