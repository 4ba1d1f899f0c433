// npm run schema: writes scenarios/draftroom.schema.json from the loader's schema.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, makeJsonSchema } from '../src/scenario/json-schema.ts';

writeFileSync(JSON_SCHEMA_FILE, makeJsonSchema());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
