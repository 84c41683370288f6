import { CASE_STDOUT_KEEP, STDOUT_LIMIT } from './dynamic-plan.js';

/**
 * The JavaScript driver (CommonJS): the user's file is compiled with `vm` on the same line numbers so a syntax error is
 * a compile error with its line; console and process.stdout are captured per case; one JSON line per case on fd 3.
 */
export function javascriptDriver(planJson: string): string {
  return String.raw`'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const util = require('node:util');
const PLAN = JSON.parse(${JSON.stringify(planJson)});
const KEEP = ${CASE_STDOUT_KEEP};
const LIMIT = ${STDOUT_LIMIT};

class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }
class OutputLimit extends Error {}

let total = 0;
let kept = '';
function capture(s) {
  s = String(s);
  total += Buffer.byteLength(s);
  if (total > LIMIT) throw new OutputLimit('output limit exceeded');
  if (kept.length < KEEP) kept += s.slice(0, KEEP - kept.length);
  return true;
}
for (const name of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table']) {
  console[name] = (...args) => capture(util.format(...args) + '\n');
}
process.stdout.write = (chunk) => capture(chunk);

function emit(obj) {
  const data = Buffer.from(JSON.stringify(obj) + '\n');
  let off = 0;
  while (off < data.length) off += fs.writeSync(3, data, off);
}

function dec(t, v) {
  if (v === null || v === undefined) return null;
  if (typeof t === 'object') return v.map((x) => dec(t.a, x));
  if (t === 'ListNode') {
    let head = null;
    for (let i = v.length - 1; i >= 0; i--) head = new ListNode(v[i], head);
    return head;
  }
  if (t === 'TreeNode') {
    if (v.length === 0 || v[0] === null) return null;
    const root = new TreeNode(v[0]);
    const queue = [root];
    let qi = 0;
    let i = 1;
    while (qi < queue.length && i < v.length) {
      const node = queue[qi++];
      if (i < v.length && v[i] !== null) queue.push((node.left = new TreeNode(v[i])));
      i++;
      if (i < v.length && v[i] !== null) queue.push((node.right = new TreeNode(v[i])));
      i++;
    }
    return root;
  }
  return v;
}

function enc(t, v) {
  if (v === null || v === undefined) return t === 'ListNode' || t === 'TreeNode' ? [] : null;
  if (typeof t === 'object') return Array.from(v, (x) => enc(t.a, x));
  if (t === 'ListNode') {
    const out = [];
    for (let n = v; n; n = n.next) {
      out.push(n.val);
      if (out.length > 1e7) throw new Error('the returned list has a cycle');
    }
    return out;
  }
  if (t === 'TreeNode') {
    const out = [];
    const queue = [v];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      if (!node) { out.push(null); continue; }
      out.push(node.val);
      queue.push(node.left ?? null, node.right ?? null);
      if (queue.length > 2e7) throw new Error('the returned tree has a cycle');
    }
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  }
  if (typeof v === 'bigint') return Number(v);
  return v;
}

function failure(e) {
  const stack = e && typeof e === 'object' && typeof e.stack === 'string' ? e.stack : '';
  const m = /solution\.js:(\d+)/.exec(stack);
  const msg = e instanceof Error ? e.name + ': ' + e.message : 'thrown: ' + util.inspect(e);
  const kind = e instanceof OutputLimit ? 'output' : e instanceof RangeError && /Array buffer allocation|Invalid array length|Invalid typed array length/.test(e.message) ? 'memory' : 'runtime';
  return { e: kind, msg, line: m ? Number(m[1]) : null };
}

function runCase(exports, args) {
  if (PLAN.kind === 'function') {
    const vals = PLAN.params.map((t, i) => dec(t, args[i]));
    const res = new exports.Solution()[PLAN.name](...vals);
    return PLAN.out !== null ? enc(PLAN.params[PLAN.out], vals[PLAN.out]) : enc(PLAN.returns, res);
  }
  const [names, arglists] = args;
  const obj = new exports.Cls(...PLAN.ctor.map((t, i) => dec(t, arglists[0][i])));
  const out = [null];
  for (let k = 1; k < names.length; k++) {
    const m = PLAN.methods[names[k]];
    const res = obj[names[k]](...m.params.map((t, i) => dec(t, arglists[k][i])));
    out.push(m.returns === 'void' ? null : enc(m.returns, res));
  }
  return out;
}

function main() {
  const src = fs.readFileSync('solution.js', 'utf8');
  const exported = PLAN.kind === 'function' ? 'Solution' : PLAN.cls;
  let script;
  try {
    script = new vm.Script('(function (require, ListNode, TreeNode) {' + src + '\n;return { Solution: typeof Solution === "undefined" ? undefined : Solution, Cls: typeof ' + exported + ' === "undefined" ? undefined : ' + exported + ' };\n})', { filename: 'solution.js' });
  } catch (e) {
    const m = /solution\.js:(\d+)/.exec(e.stack || '');
    emit({ e: 'compile', msg: e.name + ': ' + e.message, line: m ? Number(m[1]) : null });
    return;
  }
  let exports;
  try {
    exports = script.runInThisContext()(require, ListNode, TreeNode);
  } catch (e) {
    emit({ i: 0, ...failure(e), ms: 0, out: kept });
    return;
  }
  const lines = fs.readFileSync('input.jsonl', 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const args = JSON.parse(lines[i]);
    kept = '';
    const t0 = performance.now();
    let value;
    try {
      value = runCase(exports, args);
    } catch (e) {
      emit({ i, ...failure(e), ms: performance.now() - t0, out: kept });
      return;
    }
    const ms = performance.now() - t0;
    let line;
    try {
      line = JSON.stringify({ i, v: value === undefined ? null : value, ms, out: kept });
    } catch (e) {
      emit({ i, e: 'runtime', msg: 'the returned value cannot be encoded: ' + e.message, ms });
      return;
    }
    const data = Buffer.from(line + '\n');
    let off = 0;
    while (off < data.length) off += fs.writeSync(3, data, off);
  }
  emit({ done: true });
}

main();
`;
}
