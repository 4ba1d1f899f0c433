// Secrets handed to people: seat tokens, the console token, holder ids. Only their SHA-256 is stored,
// so a copy of the database does not let anyone act for a seat or run a session's console.
import { createHash, randomBytes } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** 192 random bits, URL-safe: not guessable. */
export const newToken = (): string => randomBytes(24).toString('base64url');
