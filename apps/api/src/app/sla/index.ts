// Working-day SLA calendar and clock arithmetic: pure, no database, no Nest.
export * from './errors';
export * from './time-zone';
export * from './office-hours';
export * from './holidays';
export * from './working-calendar';
export * from './sla-clock';
export * from './sla-definitions';
