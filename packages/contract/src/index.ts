export type { ErrorCode, ErrorSpec } from './errors.js';
export { errorRegistry, isErrorCode } from './errors.js';
export type { JudgeCaseResult, JudgeEvent, JudgeFailedCase, JudgeResult } from './judge.js';
export { judgeCaseResultSchema, judgeEventSchema, judgeFailedCaseSchema, judgeResultSchema } from './judge.js';
export type {
  ClassSignature,
  Comparator,
  FunctionSignature,
  Language,
  Limits,
  Param,
  Signature,
  TestCase,
  TypeName,
  Verdict,
} from './problem.js';
export {
  classSignatureSchema,
  comparatorSchema,
  functionSignatureSchema,
  isClassSignature,
  languageSchema,
  limitsSchema,
  methodSchema,
  paramSchema,
  signatureSchema,
  testCaseSchema,
  typeNameSchema,
  verdictSchema,
} from './problem.js';
export type {
  AuthRequirement,
  ErrorEnvelope,
  HttpMethod,
  Page,
  PageQuery,
  RouteBody,
  RouteDescriptor,
  RouteParams,
  RouteQuery,
  RouteResponse,
} from './route.js';
export { defineRoute, errorEnvelopeSchema, pageQuerySchema, pageSchema } from './route.js';
