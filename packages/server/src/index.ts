export type { AppConfig } from './app.js';
export { buildApp } from './app.js';
export { startServer } from './main.js';
