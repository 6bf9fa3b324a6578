export * from './lib/health';
export * from './lib/agency';
export * from './lib/case';
export * from './lib/realtime';
export * from './lib/api-error';
