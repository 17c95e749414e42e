// Public API of @hebei/domain: pure rules, no I/O.
export * from './errors';
export * from './calendar';
export * from './uscc';
export * from './catalog';
export * from './divisions';
export * from './password';
export * from './eligibility';
export * from './review';
export * from './reporting';
export * from './search-text';
export * from './application-form';
export * from './state-machine';
export * from './booking';
export * from './batch';
export * from './notice';
export * from './analytics';
export * from './analytics-explain';
