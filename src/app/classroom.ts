// The classroom's screens as one chunk, loaded when a classroom address is opened: the Colyseus
// client, the console and the class debrief stay out of the title page's first download.
export { closeConsole, showClassDebrief, showClassSetup, showConsole } from './class-console.ts';
export { close as leaveTable, showJoin, showRoom } from './class-student.ts';
