/** Writes apps/api/schema.graphql from the resolvers (the drift test compares the committed file with this output). */
import 'reflect-metadata';
import path from 'node:path';
import { createSchema } from '../apps/api/src/schema';

createSchema(null, path.resolve(__dirname, '../apps/api/schema.graphql'))
  .then(() => console.log('wrote apps/api/schema.graphql'))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
