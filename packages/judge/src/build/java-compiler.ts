import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findToolchains } from '../toolchains.js';
import { runTool, type ToolOutcome } from './run-tool.js';
import { shared } from './shared-artifacts.js';

/**
 * A long-lived javac: one warm JVM runs javax.tools' compiler for every request, which after warm-up compiles a
 * submission several times faster than starting javac (≈1 s of JVM start and class loading) each time.
 * Requests are lines `id \t outDir \t classpath \t file...`; replies `id \t exitCode \t base64(diagnostics)`.
 * `-XDstringConcat=inline` compiles `+` on strings to StringBuilder: the default invokedynamic concatenation spins
 * dozens of LambdaForms at startup, which costs a short run more than it saves.
 */
const serverSource = `import javax.tools.*;
import java.io.*;
import java.util.*;
import java.nio.charset.StandardCharsets;

public class JavacServer {
    public static void main(String[] argv) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.split("\\t");
            List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-nowarn", "-proc:none", "-XDstringConcat=inline", "-d", p[1], "-cp", p[2]));
            for (int i = 3; i < p.length; i++) args.add(p[1] + "/" + p[i]);
            ByteArrayOutputStream diag = new ByteArrayOutputStream();
            int rc;
            try {
                rc = compiler.run(null, diag, diag, args.toArray(new String[0]));
            } catch (Throwable t) {
                rc = 3;
                t.printStackTrace(new PrintStream(diag));
            }
            out.println(p[0] + "\\t" + rc + "\\t" + Base64.getEncoder().encodeToString(diag.toByteArray()));
        }
    }
}
`;

interface Server {
  child: ChildProcess;
  pending: Map<string, (r: ToolOutcome) => void>;
  started: number;
}

const servers = new Map<string, Promise<Server>>();
let nextId = 0;

async function startServer(cacheDir: string): Promise<Server> {
  const dir = await shared(cacheDir, 'javac-server-v2', async (tmp) => {
    writeFileSync(join(tmp, 'JavacServer.java'), serverSource);
    const r = await runTool(findToolchains().javac, ['-d', '.', 'JavacServer.java'], tmp);
    if (!r.ok) throw new Error(`cannot build the Java compile server: ${r.output}`);
  });
  const child = spawn(
    findToolchains().java,
    ['-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData', '-cp', dir, 'JavacServer'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const server: Server = { child, pending: new Map(), started: Date.now() };
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const [id, rc, b64] = buffer.slice(0, nl).split('\t');
      buffer = buffer.slice(nl + 1);
      const done = server.pending.get(id!);
      server.pending.delete(id!);
      done?.({ ok: rc === '0', output: Buffer.from(b64 ?? '', 'base64').toString('utf8'), ms: 0, stalled: false });
      idle(server);
    }
  });
  const fail = (): void => {
    servers.delete(cacheDir);
    for (const done of server.pending.values())
      done({ ok: false, output: 'the Java compile server stopped', ms: 0, stalled: true });
    server.pending.clear();
  };
  child.on('exit', fail);
  child.on('error', fail);
  idle(server);
  return server;
}

// The warm compiler must never keep the judge's process alive: it is unref'd whenever no compile is pending,
// and it exits by itself when our end of its stdin closes.
function idle(server: Server): void {
  const refs = [server.child, server.child.stdout, server.child.stdin] as { ref?: () => void; unref?: () => void }[];
  for (const r of refs) (server.pending.size > 0 ? r.ref : r.unref)?.call(r);
}

/** Starts (once per cache dir) the warm compile server, so the first submission does not pay for it. */
export function warmJavaCompiler(cacheDir: string): Promise<Server> {
  let starting = servers.get(cacheDir);
  if (!starting) {
    starting = startServer(cacheDir);
    starting.catch(() => servers.delete(cacheDir));
    servers.set(cacheDir, starting);
  }
  return starting;
}

/** Compiles Java sources in `dir` with the warm compile server (AVANTIKA_JAVA_COMPILER=javac forces a javac per build). */
export async function compileJava(
  cacheDir: string,
  dir: string,
  classpath: string,
  files: string[],
): Promise<ToolOutcome> {
  const t0 = performance.now();
  if (process.env['AVANTIKA_JAVA_COMPILER'] === 'javac') {
    return runTool(
      findToolchains().javac,
      ['-encoding', 'UTF-8', '-nowarn', '-proc:none', '-XDstringConcat=inline', '-cp', classpath, '-d', '.', ...files],
      dir,
    );
  }
  const s = await warmJavaCompiler(cacheDir);
  const id = String(nextId++);
  const result = await new Promise<ToolOutcome>((resolve) => {
    s.pending.set(id, resolve);
    idle(s);
    s.child.stdin!.write(`${id}\t${dir}\t${classpath}\t${files.join('\t')}\n`);
  });
  return { ...result, ms: performance.now() - t0 };
}
