export * from './lib/health';
export * from './lib/agency';
export * from './lib/case';
export * from './lib/realtime';
export * from './lib/api-error';
export * from './lib/auth';
export * from './lib/people';
export * from './lib/audit';
