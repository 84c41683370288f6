import { toDescriptor } from '../type-node.js';
import type { HarnessPlan } from './harness-plan.js';

/** The plan as JSON for the Python and JavaScript drivers, which decode and encode from type descriptors at run time. */
export function dynamicPlan(plan: HarnessPlan): unknown {
  if (plan.kind === 'function') {
    return {
      kind: 'function',
      name: plan.method.name,
      params: plan.method.params.map((p) => toDescriptor(p.type)),
      returns: toDescriptor(plan.method.returns),
      out: plan.outputParam ?? null,
    };
  }
  return {
    kind: 'class',
    cls: plan.className,
    ctor: plan.ctor.map((p) => toDescriptor(p.type)),
    methods: Object.fromEntries(
      plan.methods.map((m) => [
        m.name,
        { params: m.params.map((p) => toDescriptor(p.type)), returns: toDescriptor(m.returns) },
      ]),
    ),
  };
}

/** Bytes of user stdout kept per case for display; more is counted but dropped. */
export const CASE_STDOUT_KEEP = 4096;
/** Total bytes of user stdout a submission may write before it is stopped with output_limit_exceeded. */
export const STDOUT_LIMIT = 8 * 1024 * 1024;
