import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';

/** Absolute paths of the compilers and runtimes the judge uses, and the directories a sandbox must expose for them. */
export interface Toolchains {
  python: string;
  node: string;
  java: string;
  javac: string;
  javaHome: string;
  gxx: string;
}

const which = (name: string): string | undefined => {
  try {
    return realpathSync(execFileSync('which', [name], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
};

let cached: Toolchains | undefined;

/**
 * Finds the toolchains once. Python prefers the system /usr/bin/python3 (a pyenv shim lives under /root, which a
 * sandbox must not expose); Node is the judge's own Node (24); AVANTIKA_PYTHON / AVANTIKA_JAVA_HOME / AVANTIKA_GXX override.
 */
export function findToolchains(): Toolchains {
  if (cached) return cached;
  const env = process.env;
  const python =
    env['AVANTIKA_PYTHON'] ?? (existsSync('/usr/bin/python3') ? realpathSync('/usr/bin/python3') : which('python3'));
  const java = env['AVANTIKA_JAVA_HOME'] ? `${env['AVANTIKA_JAVA_HOME']}/bin/java` : which('java');
  const javaHome = java ? dirname(dirname(java)) : '';
  cached = {
    python: python ?? 'python3',
    node: process.execPath,
    java: java ?? 'java',
    javac: javaHome ? `${javaHome}/bin/javac` : 'javac',
    javaHome,
    gxx: env['AVANTIKA_GXX'] ?? which('g++') ?? 'g++',
  };
  return cached;
}
