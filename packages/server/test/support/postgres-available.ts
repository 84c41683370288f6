// The probe is shared with the SDK and CLI suites through @avantika/server/testing.
export { postgresAvailable } from '../../src/testing.js';
