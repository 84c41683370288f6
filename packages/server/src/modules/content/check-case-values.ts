import { type Comparator, isClassSignature, type Signature } from '@avantika/contract';

const INT_MAX = 2 ** 31 - 1;

function describe(v: unknown): string {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Why `value` is not a JSON value of signature type `type`, or null when it is. */
export function checkValue(type: string, value: unknown): string | null {
  const inner = type.endsWith('[]') ? type.slice(0, -2) : /^list<(.+)>$/.exec(type)?.[1];
  if (inner !== undefined) {
    if (!Array.isArray(value)) return `should be ${type} (an array), got ${describe(value)}`;
    for (let i = 0; i < value.length; i++) {
      const why = checkValue(inner, value[i]);
      if (why) return `element ${i} ${why}`;
    }
    return null;
  }
  switch (type) {
    case 'int':
      return Number.isInteger(value) && Math.abs(value as number) <= INT_MAX + 1
        ? null
        : `should be int, got ${describe(value)}`;
    case 'long':
      return Number.isSafeInteger(value) ? null : `should be long (a whole number within 2^53), got ${describe(value)}`;
    case 'double':
      return typeof value === 'number' ? null : `should be double, got ${describe(value)}`;
    case 'bool':
      return typeof value === 'boolean' ? null : `should be bool (true or false), got ${describe(value)}`;
    case 'string':
      return typeof value === 'string' ? null : `should be string, got ${describe(value)}`;
    case 'char':
      return typeof value === 'string' && value.length === 1
        ? null
        : `should be char (a 1-character string), got ${describe(value)}`;
    case 'ListNode':
      return Array.isArray(value) && value.every((x) => Number.isInteger(x))
        ? null
        : `should be ListNode (an array of the list's int values), got ${describe(value)}`;
    case 'TreeNode':
      return Array.isArray(value) && value.every((x) => x === null || Number.isInteger(x))
        ? null
        : `should be TreeNode (level order: ints and nulls), got ${describe(value)}`;
    case 'void':
      return value === null ? null : `should be null (the method returns void), got ${describe(value)}`;
    default:
      return `has an unknown type ${type}`;
  }
}

/** One problem found in a case: a field path inside the case and what is wrong. */
export interface CaseProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Checks one test case against the signature: argument count and types, and the output type (not for custom
 * comparators, whose expected value is whatever the validator reads). Returns the first problem or null.
 */
export function checkCase(
  signature: Signature,
  comparator: Comparator,
  input: unknown[],
  output: unknown,
): CaseProblem | null {
  if (isClassSignature(signature)) return checkDesignCase(signature, comparator, input, output);
  if (input.length !== signature.params.length) {
    const names = signature.params.map((p) => p.name).join(', ');
    return {
      path: ['input'],
      message: `has ${input.length} arguments but ${signature.function}(${names}) takes ${signature.params.length}`,
    };
  }
  for (const [i, param] of signature.params.entries()) {
    const why = checkValue(param.type, input[i]);
    if (why) return { path: ['input', i], message: `argument ${param.name} ${why}` };
  }
  if (comparator.kind === 'custom') return null;
  const outType =
    signature.returns === 'void' && signature.outputParam
      ? signature.params.find((p) => p.name === signature.outputParam)?.type
      : signature.returns;
  if (outType === undefined)
    return { path: ['output'], message: `outputParam ${signature.outputParam} is not a parameter` };
  const why = checkValue(outType, output);
  return why ? { path: ['output'], message: `the expected output ${why}` } : null;
}

function checkDesignCase(
  signature: Extract<Signature, { class: string }>,
  comparator: Comparator,
  input: unknown[],
  output: unknown,
): CaseProblem | null {
  const [ops, args] = input;
  if (input.length !== 2 || !Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length) {
    return { path: ['input'], message: 'a design case has two arrays of equal length: the calls and their arguments' };
  }
  if (ops[0] !== signature.class)
    return { path: ['input', 0, 0], message: `the first call must be the constructor "${signature.class}"` };
  if (!Array.isArray(output) || output.length !== ops.length) {
    return { path: ['output'], message: `the output must have one value per call (${ops.length})` };
  }
  for (let i = 0; i < ops.length; i++) {
    const method =
      i === 0
        ? { name: signature.class, ...signature.constructor, returns: 'void' }
        : signature.methods.find((m) => m.name === ops[i]);
    if (!method)
      return {
        path: ['input', 0, i],
        message: `call ${i} names "${String(ops[i])}", which is not a method of ${signature.class}`,
      };
    const callArgs = args[i];
    if (!Array.isArray(callArgs) || callArgs.length !== method.params.length) {
      return { path: ['input', 1, i], message: `call ${i} (${method.name}) takes ${method.params.length} arguments` };
    }
    for (const [j, param] of method.params.entries()) {
      const why = checkValue(param.type, callArgs[j]);
      if (why) return { path: ['input', 1, i, j], message: `call ${i} (${method.name}) argument ${param.name} ${why}` };
    }
    if (comparator.kind !== 'custom') {
      const why = checkValue(method.returns, output[i]);
      if (why) return { path: ['output', i], message: `the result of call ${i} (${method.name}) ${why}` };
    }
  }
  return null;
}
