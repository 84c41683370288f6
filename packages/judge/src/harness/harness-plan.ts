import { isClassSignature, type Signature } from '@avantika/contract';
import { parseTypeName, type TypeNode } from '../type-node.js';

/** A typed parameter after its type name has been parsed. */
export interface PlannedParam {
  name: string;
  type: TypeNode;
}

/** One callable: a function problem's method, or a design problem's method. */
export interface PlannedMethod {
  name: string;
  params: PlannedParam[];
  returns: TypeNode;
}

/** A signature with every type parsed, in the shape the driver generators need. */
export type HarnessPlan =
  | { kind: 'function'; method: PlannedMethod; outputParam: number | undefined }
  | { kind: 'class'; className: string; ctor: PlannedParam[]; methods: PlannedMethod[] };

const planParams = (params: { name: string; type: string }[]): PlannedParam[] =>
  params.map((p) => ({ name: p.name, type: parseTypeName(p.type) }));

/** Parses every type in a signature; throws a TypeError naming the bad type or output parameter. */
export function planSignature(signature: Signature): HarnessPlan {
  if (isClassSignature(signature)) {
    return {
      kind: 'class',
      className: signature.class,
      ctor: planParams(signature.constructor.params),
      methods: signature.methods.map((m) => ({
        name: m.name,
        params: planParams(m.params),
        returns: parseTypeName(m.returns),
      })),
    };
  }
  const method = {
    name: signature.function,
    params: planParams(signature.params),
    returns: parseTypeName(signature.returns),
  };
  let outputParam: number | undefined;
  if (signature.outputParam !== undefined) {
    outputParam = method.params.findIndex((p) => p.name === signature.outputParam);
    if (outputParam < 0) throw new TypeError(`outputParam "${signature.outputParam}" is not a parameter`);
  }
  return { kind: 'function', method, outputParam };
}

/** Every type a plan decodes (parameters) or encodes (returns, output parameter). */
export function planTypes(plan: HarnessPlan): { decode: TypeNode[]; encode: TypeNode[] } {
  if (plan.kind === 'function') {
    const decode = plan.method.params.map((p) => p.type);
    const encode = [plan.method.returns];
    if (plan.outputParam !== undefined) encode.push(plan.method.params[plan.outputParam]!.type);
    return { decode, encode: encode.filter((t) => t.kind !== 'void') };
  }
  const decode = [...plan.ctor.map((p) => p.type), ...plan.methods.flatMap((m) => m.params.map((p) => p.type))];
  return { decode, encode: plan.methods.map((m) => m.returns).filter((t) => t.kind !== 'void') };
}
