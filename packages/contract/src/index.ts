export type { ErrorCode, ErrorSpec } from './errors.js';
export { errorRegistry, isErrorCode } from './errors.js';
