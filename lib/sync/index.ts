/** The daily report's public surface: schema, builder, secret, outbox and the sync service. */
export * from './report';
export * from './build';
export * from './secret';
export * from './errors';
export * from './outbox';
export * from './sync';
