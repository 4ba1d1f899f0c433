// `npm start` (after building the game): the game and the classroom room server on one local port.
//   node src/server/main.ts [--host 127.0.0.1] [--port 4173] [--db .draftroom/rooms.sqlite] [--static dist]
// It prints one line of JSON when it listens ({"listening": port, ...}), which tests read.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './app.ts';
import { sqliteStorage } from './sqlite-storage.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.DRAFTROOM_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.DRAFTROOM_PORT ?? '4173' },
    db: { type: 'string', default: process.env.DRAFTROOM_DB ?? '.draftroom/rooms.sqlite' },
    static: { type: 'string', default: 'dist' },
    scenarios: { type: 'string', default: 'scenarios' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: ${values.port} is not a port number (0 to 65535)`);
  process.exit(2);
}
const db = resolve(values.db);
mkdirSync(dirname(db), { recursive: true });
const running = await startServer({
  host: values.host,
  port,
  storage: sqliteStorage(db),
  scenarioDir: resolve(values.scenarios),
  staticDir: resolve(values.static),
  // One process: a fresh secret each start is enough (rooms are reopened by this process itself).
  secret: process.env.DRAFTROOM_SECRET ?? randomBytes(24).toString('base64url'),
});
console.log(JSON.stringify({ listening: running.port, host: values.host, db }));
console.error(`Draftroom: http://${values.host}:${running.port}/ (rooms stored in ${db})`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
