// Working-day SLA calendar and clock arithmetic: pure TypeScript, no Nest, no database, no I/O.
export * from './lib/errors';
export * from './lib/time-zone';
export * from './lib/office-hours';
export * from './lib/holidays';
export * from './lib/working-calendar';
export * from './lib/sla-clock';
export * from './lib/sla-definitions';
