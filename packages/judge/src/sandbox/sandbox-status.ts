import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type CgroupMode, detectCgroupMode } from './run-cgroup.js';

/** What isolation this machine gives the judge: for `doctor`, logs and the server's multi-user check. */
export interface SandboxStatus {
  bwrap: string | null;
  bwrapUsable: boolean;
  cgroup: CgroupMode;
  /** One line a person can read: what runs submissions and how memory and processes are limited. */
  summary: string;
}

let cached: SandboxStatus | undefined;

/** Probes once whether bubblewrap can create namespaces here and which cgroup flavour is writable. */
export function sandboxStatus(): SandboxStatus {
  if (cached) return cached;
  const bwrap = ['/usr/bin/bwrap', '/usr/local/bin/bwrap'].find((p) => existsSync(p)) ?? null;
  let bwrapUsable = false;
  if (bwrap) {
    try {
      execFileSync(bwrap, ['--unshare-all', '--ro-bind', '/', '/', '--', '/bin/true'], {
        stdio: 'ignore',
        timeout: 5000,
      });
      bwrapUsable = true;
    } catch {
      // Namespaces are not permitted here (container without user namespaces); reported in the summary.
    }
  }
  const cgroup = detectCgroupMode();
  const limiter =
    cgroup === 'none'
      ? 'no writable cgroup: memory by RLIMIT_AS (Python, C++) and heap flags (-Xmx, --max-old-space-size); no process limit'
      : `cgroup ${cgroup}: memory, pids and CPU accounting per run`;
  const sandbox = bwrapUsable
    ? 'bubblewrap namespaces'
    : bwrap
      ? 'bubblewrap present but unusable; unsandboxed'
      : 'no bubblewrap; unsandboxed';
  cached = { bwrap, bwrapUsable, cgroup, summary: `${sandbox}; ${limiter}` };
  return cached;
}
