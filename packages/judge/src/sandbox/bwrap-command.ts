import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Toolchains } from '../toolchains.js';

/** Where the run's files appear inside the sandbox (read-only); /tmp is a fresh tmpfs. */
export const SANDBOX_BOX = '/box';

/** System paths exposed read-only: the runtimes need /usr and the loader; /etc only for the few files they read. */
const SYSTEM_DIRS = ['/usr', '/lib', '/lib64', '/lib32', '/libx32', '/bin', '/sbin'];
const ETC_PATHS = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/localtime'];

/**
 * Wraps a command in bubblewrap: new user/pid/net/ipc/uts/cgroup/mount namespaces, uid/gid 65534 inside, no network,
 * read-only system dirs and run dir, a size-capped tmpfs /tmp, a fresh /proc and minimal /dev, dies with its parent.
 */
export function bwrapCommand(
  bwrap: string,
  runDir: string,
  command: string[],
  tc: Toolchains,
  tmpfsBytes: number,
): string[] {
  const args = [bwrap, '--unshare-all', '--unshare-user', '--uid', '65534', '--gid', '65534', '--hostname', 'judge'];
  args.push('--die-with-parent', '--new-session', '--disable-userns', '--cap-drop', 'ALL');
  for (const dir of SYSTEM_DIRS) {
    if (!existsSync(dir)) continue;
    // Merged-/usr systems have /bin -> usr/bin: recreate the symlink rather than bind the target twice.
    if (lstatSync(dir).isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else args.push('--ro-bind', dir, dir);
  }
  for (const path of ETC_PATHS) if (existsSync(path)) args.push('--ro-bind', path, path);
  if (tc.javaHome) {
    const etcJava = `/etc/${tc.javaHome
      .split('/')
      .pop()
      ?.replace(/-amd64$|-arm64$/, '')}`;
    if (existsSync(etcJava)) args.push('--ro-bind', etcJava, etcJava);
  }
  // /tmp is mounted before the toolchain prefixes: a checkout under /tmp (CI clones there) keeps its .tools Node
  // visible instead of having it hidden under the fresh tmpfs.
  args.push('--proc', '/proc', '--dev', '/dev', '--size', String(tmpfsBytes), '--tmpfs', '/tmp');
  // The judge's own Node (24) may live outside /usr (the repo's .tools); expose just its install prefix.
  const nodePrefix = dirname(dirname(tc.node));
  if (!nodePrefix.startsWith('/usr/') && nodePrefix !== '/usr') args.push('--ro-bind', nodePrefix, nodePrefix);
  const pythonPrefix = dirname(dirname(tc.python));
  if (!pythonPrefix.startsWith('/usr/') && pythonPrefix !== '/usr') args.push('--ro-bind', pythonPrefix, pythonPrefix);
  // The root bwrap builds is a tmpfs; remounting it read-only leaves /tmp the only writable place.
  args.push('--ro-bind', runDir, SANDBOX_BOX, '--remount-ro', '/', '--chdir', SANDBOX_BOX, '--', ...command);
  return args;
}
