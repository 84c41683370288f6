import type { TypeName } from '@avantika/contract';

/** A parsed signature type: a scalar, a node type, void, or an array/list of another type. */
export type TypeNode =
  | { kind: 'int' | 'long' | 'double' | 'bool' | 'string' | 'char' | 'ListNode' | 'TreeNode' | 'void' }
  | { kind: 'array' | 'list'; of: TypeNode };

const scalars = new Set(['int', 'long', 'double', 'bool', 'string', 'char', 'ListNode', 'TreeNode', 'void']);

/** Parses a signature type name (`int[][]`, `list<list<string>>`, `list<int[]>`) into a tree; throws on junk. */
export function parseTypeName(name: TypeName): TypeNode {
  const t = name.trim();
  if (t.endsWith('[]')) return { kind: 'array', of: parseElement(t.slice(0, -2)) };
  if (t.startsWith('list<') && t.endsWith('>')) return { kind: 'list', of: parseElement(t.slice(5, -1)) };
  if (scalars.has(t)) return { kind: t as 'int' };
  throw new TypeError(`unknown signature type "${name}"`);
}

function parseElement(name: string): TypeNode {
  const node = parseTypeName(name);
  if (node.kind === 'void') throw new TypeError('void cannot be an element type');
  return node;
}

/** A stable identifier-safe key for a type, used to name generated decoder and encoder functions. */
export function typeKey(node: TypeNode): string {
  if (node.kind === 'array') return `A${typeKey(node.of)}`;
  if (node.kind === 'list') return `L${typeKey(node.of)}`;
  return node.kind;
}

/** Every distinct type reachable from the given roots, innermost first (so generated helpers are declared in order). */
export function collectTypes(roots: TypeNode[]): TypeNode[] {
  const seen = new Map<string, TypeNode>();
  const visit = (node: TypeNode): void => {
    if (node.kind === 'array' || node.kind === 'list') visit(node.of);
    if (!seen.has(typeKey(node))) seen.set(typeKey(node), node);
  };
  for (const root of roots) visit(root);
  return [...seen.values()];
}

/** The type as the dynamic-language drivers receive it: `"int"`, or `{ "a": inner }` for arrays and lists. */
export function toDescriptor(node: TypeNode): unknown {
  return node.kind === 'array' || node.kind === 'list' ? { a: toDescriptor(node.of) } : node.kind;
}
