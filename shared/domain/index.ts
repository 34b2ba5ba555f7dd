export * from './primitives.ts';
export * from './catalogues.ts';
export * from './organisation.ts';
export * from './processor.ts';
export * from './retention.ts';
export * from './activity.ts';
export * from './register.ts';
export * from './history.ts';
