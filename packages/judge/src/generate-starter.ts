import type { Language, Signature } from '@avantika/contract';
import { cppType } from './harness/cpp-harness.js';
import { type HarnessPlan, type PlannedParam, planSignature } from './harness/harness-plan.js';
import { javaType } from './harness/java-harness.js';
import type { TypeNode } from './type-node.js';

const pyScalar: Record<string, string> = {
  int: 'int',
  long: 'int',
  double: 'float',
  bool: 'bool',
  string: 'str',
  char: 'str',
  ListNode: 'Optional[ListNode]',
  TreeNode: 'Optional[TreeNode]',
  void: 'None',
};
const pyType = (t: TypeNode): string =>
  t.kind === 'array' || t.kind === 'list' ? `List[${pyType(t.of)}]` : pyScalar[t.kind]!;
const pyDefault: Record<string, string> = {
  int: '0',
  long: '0',
  double: '0.0',
  bool: 'False',
  string: '""',
  char: '"a"',
};
const pyValue = (t: TypeNode): string =>
  t.kind === 'array' || t.kind === 'list' ? '[]' : (pyDefault[t.kind] ?? 'None');

const jsScalar: Record<string, string> = {
  int: 'number',
  long: 'number',
  double: 'number',
  bool: 'boolean',
  string: 'string',
  char: 'string',
  ListNode: 'ListNode',
  TreeNode: 'TreeNode',
  void: 'void',
};
const jsType = (t: TypeNode): string =>
  t.kind === 'array' || t.kind === 'list' ? `${jsType(t.of)}[]` : jsScalar[t.kind]!;
const jsDefault: Record<string, string> = {
  int: '0',
  long: '0',
  double: '0',
  bool: 'false',
  string: "''",
  char: "'a'",
};
const jsValue = (t: TypeNode): string =>
  t.kind === 'array' || t.kind === 'list' ? '[]' : (jsDefault[t.kind] ?? 'null');

const javaDefault: Record<string, string> = {
  int: '0',
  long: '0L',
  double: '0.0',
  bool: 'false',
  string: '""',
  char: "'a'",
};
function javaValue(t: TypeNode): string {
  if (t.kind === 'list') return 'new ArrayList<>()';
  if (t.kind === 'array') {
    const full = javaType(t);
    const raw = full.includes('<') ? full.slice(0, full.indexOf('<')) : full.slice(0, full.indexOf('['));
    return `new ${raw}[0]${full.slice(full.indexOf('[') + 2)}`;
  }
  return javaDefault[t.kind] ?? 'null';
}
const cppDefault: Record<string, string> = {
  int: '0',
  long: '0',
  double: '0.0',
  bool: 'false',
  string: '""',
  char: "'a'",
};
const cppValue = (t: TypeNode): string =>
  t.kind === 'array' || t.kind === 'list' ? '{}' : (cppDefault[t.kind] ?? 'nullptr');
const cppParam = (p: PlannedParam): string => {
  const t = cppType(p.type);
  return `${t}${p.type.kind === 'array' || p.type.kind === 'list' ? '&' : ''} ${p.name}`;
};

function uses(plan: HarnessPlan, kind: 'ListNode' | 'TreeNode'): boolean {
  const all =
    plan.kind === 'function'
      ? [...plan.method.params.map((p) => p.type), plan.method.returns]
      : [...plan.ctor.map((p) => p.type), ...plan.methods.flatMap((m) => [m.returns, ...m.params.map((p) => p.type)])];
  const has = (t: TypeNode): boolean => t.kind === kind || ((t.kind === 'array' || t.kind === 'list') && has(t.of));
  return all.some(has);
}

function nodeNote(plan: HarnessPlan, comment: string): string {
  const lines: string[] = [];
  if (uses(plan, 'ListNode')) lines.push(`${comment} ListNode (provided by the judge): val, next; ListNode(val, next)`);
  if (uses(plan, 'TreeNode'))
    lines.push(`${comment} TreeNode (provided by the judge): val, left, right; TreeNode(val, left, right)`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Starter code for a signature in one language: it compiles and runs, and returns a wrong-but-typed default. */
export function generateStarter(signature: Signature, language: Language): string {
  const plan = planSignature(signature);
  const className = plan.kind === 'function' ? 'Solution' : plan.className;
  const methods = plan.kind === 'function' ? [plan.method] : plan.methods;
  const ctor = plan.kind === 'class' ? plan.ctor : undefined;
  switch (language) {
    case 'python': {
      const body = methods.map((m) => {
        const args = ['self', ...m.params.map((p) => `${p.name}: ${pyType(p.type)}`)].join(', ');
        const ret = m.returns.kind === 'void' ? 'pass' : `return ${pyValue(m.returns)}`;
        return `    def ${m.name}(${args}) -> ${pyType(m.returns)}:\n        ${ret}\n`;
      });
      if (ctor)
        body.unshift(
          `    def __init__(${['self', ...ctor.map((p) => `${p.name}: ${pyType(p.type)}`)].join(', ')}):\n        pass\n`,
        );
      return `${nodeNote(plan, '#')}class ${className}:\n${body.join('\n')}`;
    }
    case 'javascript': {
      const doc = (params: PlannedParam[], returns?: TypeNode): string =>
        `  /**\n${params.map((p) => `   * @param {${jsType(p.type)}} ${p.name}\n`).join('')}${returns ? `   * @return {${jsType(returns)}}\n` : ''}   */\n`;
      const body = methods.map((m) => {
        const ret = m.returns.kind === 'void' ? '' : `    return ${jsValue(m.returns)};\n`;
        return `${doc(m.params, m.returns)}  ${m.name}(${m.params.map((p) => p.name).join(', ')}) {\n${ret}  }\n`;
      });
      if (ctor) body.unshift(`${doc(ctor)}  constructor(${ctor.map((p) => p.name).join(', ')}) {}\n`);
      return `${nodeNote(plan, '//')}class ${className} {\n${body.join('\n')}}\n`;
    }
    case 'java': {
      const body = methods.map((m) => {
        const ret = m.returns.kind === 'void' ? '' : `        return ${javaValue(m.returns)};\n`;
        return `    public ${javaType(m.returns)} ${m.name}(${m.params.map((p) => `${javaType(p.type)} ${p.name}`).join(', ')}) {\n${ret}    }\n`;
      });
      if (ctor)
        body.unshift(
          `    public ${className}(${ctor.map((p) => `${javaType(p.type)} ${p.name}`).join(', ')}) {\n    }\n`,
        );
      return `import java.util.*;\n\n${nodeNote(plan, '//')}class ${className} {\n${body.join('\n')}}\n`;
    }
    case 'cpp': {
      const body = methods.map((m) => {
        const ret = m.returns.kind === 'void' ? '' : `        return ${cppValue(m.returns)};\n`;
        return `    ${cppType(m.returns)} ${m.name}(${m.params.map(cppParam).join(', ')}) {\n${ret}    }\n`;
      });
      if (ctor) body.unshift(`    ${className}(${ctor.map(cppParam).join(', ')}) {\n    }\n`);
      return `${nodeNote(plan, '//')}class ${className} {\npublic:\n${body.join('\n')}};\n`;
    }
  }
}
