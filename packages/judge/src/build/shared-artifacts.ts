import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cppRuntimeHeader, cppRuntimeSource } from '../harness/cpp-runtime.js';
import { javaRuntimeSources } from '../harness/java-runtime.js';
import { HARNESS_VERSION } from '../harness-version.js';
import { runnerSource } from '../sandbox/runner-source.js';
import { findToolchains } from '../toolchains.js';
import { hashParts } from './build-cache.js';
import { runTool } from './run-tool.js';

/** Flags every C++ submission and the precompiled header are built with (they must match for the PCH to apply). */
export const CPP_FLAGS = ['-std=c++17', '-O2', '-pipe'];

const once = new Map<string, Promise<string>>();

/** Builds a shared artifact dir once per key: an in-process promise, a lock dir across processes, an atomic rename. */
export function shared(cacheDir: string, name: string, build: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(cacheDir, name);
  const hit = once.get(dir);
  if (hit) return hit;
  const promise = (async () => {
    if (existsSync(join(dir, '.done'))) return dir;
    // One process builds, the others wait for it: several judges starting cold (test files, worker processes) would
    // otherwise all precompile the same header at once on a busy machine.
    const lock = `${dir}.lock`;
    if (!tryLock(lock)) {
      const until = Date.now() + LOCK_WAIT_MS;
      while (!existsSync(join(dir, '.done')) && Date.now() < until && existsSync(lock)) await sleep(100);
      if (existsSync(join(dir, '.done'))) return dir;
      rmSync(lock, { recursive: true, force: true }); // The holder died or gave up; build it ourselves.
      tryLock(lock);
    }
    try {
      return await buildInto(dir, build);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  })();
  promise.catch(() => once.delete(dir));
  once.set(dir, promise);
  return promise;
}

const LOCK_WAIT_MS = 180_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tryLock(lock: string): boolean {
  try {
    mkdirSync(dirname(lock), { recursive: true });
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

async function buildInto(dir: string, build: (dir: string) => Promise<void>): Promise<string> {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await build(tmp);
    writeFileSync(join(tmp, '.done'), '');
    try {
      renameSync(tmp, dir);
    } catch {
      // Published by another process that stole a stale lock; its artifacts are equivalent.
      rmSync(tmp, { recursive: true, force: true });
    }
    return dir;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** The C runner binary (see runner-source.ts), compiled once. */
export async function ensureRunner(cacheDir: string): Promise<string> {
  const dir = await shared(cacheDir, `runner-${hashParts([runnerSource]).slice(0, 16)}`, async (tmp) => {
    writeFileSync(join(tmp, 'runner.c'), runnerSource);
    const r = await runTool(findToolchains().gxx, ['-x', 'c', '-O2', '-o', 'runner', 'runner.c'], tmp);
    if (!r.ok) throw new Error(`cannot build the judge runner: ${r.output}`);
  });
  return join(dir, 'runner');
}

/** The C++ runtime: header, its precompiled form, and runtime.o with the function bodies (compiled once, linked). */
export function ensureCppPch(cacheDir: string): Promise<string> {
  const key = hashParts([String(HARNESS_VERSION), cppRuntimeHeader, cppRuntimeSource, ...CPP_FLAGS]).slice(0, 16);
  return shared(cacheDir, `cpp-pch-${key}`, async (tmp) => {
    writeFileSync(join(tmp, 'runtime.hpp'), cppRuntimeHeader);
    writeFileSync(join(tmp, 'runtime.cpp'), cppRuntimeSource);
    const gxx = findToolchains().gxx;
    const [pch, obj] = await Promise.all([
      runTool(gxx, [...CPP_FLAGS, '-x', 'c++-header', '-o', 'runtime.hpp.gch', 'runtime.hpp'], tmp),
      runTool(gxx, [...CPP_FLAGS, '-c', '-o', 'runtime.o', 'runtime.cpp'], tmp),
    ]);
    if (!pch.ok || !obj.ok) throw new Error(`cannot precompile the C++ runtime: ${pch.output}${obj.output}`);
  });
}

/** The Java runtime classes (ListNode, TreeNode, the JSON helper), compiled once. */
export function ensureJavaRuntime(cacheDir: string): Promise<string> {
  const key = hashParts([
    String(HARNESS_VERSION),
    '-XDstringConcat=inline',
    ...Object.values(javaRuntimeSources),
  ]).slice(0, 16);
  return shared(cacheDir, `java-runtime-${key}`, async (tmp) => {
    for (const [file, source] of Object.entries(javaRuntimeSources)) writeFileSync(join(tmp, file), source);
    const r = await runTool(
      findToolchains().javac,
      ['-encoding', 'UTF-8', '-nowarn', '-XDstringConcat=inline', '-d', '.', ...Object.keys(javaRuntimeSources)],
      tmp,
    );
    if (!r.ok) throw new Error(`cannot compile the Java runtime: ${r.output}`);
  });
}
