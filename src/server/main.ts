// `npm start` (after building the game): the game and the classroom room server on one local port.
//   node src/server/main.ts [--host 127.0.0.1] [--port 4173] [--db .draftroom/rooms.sqlite] [--static dist]
// Several processes sharing the rooms (docs/deploying.md): add --redis URL --postgres URL
// [--public-address host:port], with the same DRAFTROOM_SECRET in each.
// It prints one line of JSON when it listens ({"listening": port, ...}), which tests read.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startServer } from './app.ts';
import { parseServerOptions, redact } from './options.ts';
import { pgStorage } from './pg-storage.ts';
import { connectRedis, type RedisLink } from './redis.ts';
import { sqliteStorage } from './sqlite-storage.ts';
import type { RoomStorage } from './storage.ts';

/** Says what is wrong in one line, without a stack trace, and stops. */
function refuse(problem: string): never {
  console.error(`draftroom rooms: ${problem}`);
  process.exit(2);
}

const parsed = parseServerOptions(process.argv.slice(2), process.env);
if (!parsed.ok) refuse(parsed.problem);
const options = parsed.options;

let storage: RoomStorage;
let where: string;
if (options.postgres) {
  where = redact(options.postgres);
  storage = await pgStorage(options.postgres).catch((error: Error) =>
    refuse(`--postgres: cannot use PostgreSQL at ${where}: ${error.message}`),
  );
} else {
  where = resolve(options.db);
  mkdirSync(dirname(where), { recursive: true });
  storage = sqliteStorage(where);
}
let redis: RedisLink | undefined;
if (options.redis) redis = await connectRedis(options.redis).catch((error: Error) => refuse(error.message));

const running = await startServer({
  host: options.host,
  port: options.port,
  storage,
  scenarioDir: resolve(options.scenarios),
  staticDir: resolve(options.staticDir),
  // One process: a fresh secret each start is enough (rooms are reopened by this process itself).
  // Several: options.ts has required DRAFTROOM_SECRET, shared, as they open rooms for each other.
  secret: options.secret ?? randomBytes(24).toString('base64url'),
  ...(redis ? { presence: redis.presence, driver: redis.driver } : {}),
  ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
}).catch((error: Error) => refuse(`could not start: ${error.message}`));
const storageName = options.postgres ? 'postgresql' : 'sqlite';
console.log(
  JSON.stringify({
    listening: running.port,
    host: options.host,
    storage: storageName,
    ...(options.postgres ? {} : { db: where }),
    ...(redis ? { redis: true, publicAddress: options.publicAddress } : {}),
  }),
);
console.error(`Draftroom: http://${options.host}:${running.port}/ (rooms stored in ${where})`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
