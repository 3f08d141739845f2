/**
 * The team's invite code: what a teammate types to join ("K7QM-3XPR-WD9T"). It is made once, kept hashed
 * in the store and in plain text in `invite-code.txt` (mode 0600) in the data folder, so that the person
 * running the hub can read it again and a restart keeps the same code.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const INVITE_FILE_NAME = 'invite-code.txt';
/** No 0/O, 1/I/L: the code is read aloud and typed under stress. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;
/** The shortest code the protocol's join schema accepts. */
const MIN_LENGTH = 6;

/** 12 characters from 31: about 59 bits, far beyond what the rate limit lets anyone guess. */
export function inviteCodeCreate(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Case, spaces and dashes do not matter when a code is typed. */
export function inviteCodeNormalize(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/** Salted with the hub id, so equal codes on two hubs do not hash alike. */
export function inviteCodeHash(code: string, hubId: string): string {
  return createHash('sha256')
    .update(`${hubId}:${inviteCodeNormalize(code)}`, 'utf8')
    .digest('hex');
}

/** Constant-time comparison, so response timing says nothing about how close a guess was. */
export function inviteCodeMatches(candidate: string, hubId: string, storedHash: string): boolean {
  const given = Buffer.from(inviteCodeHash(candidate, hubId), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function inviteCodeValidate(code: string): string | undefined {
  const normalized = inviteCodeNormalize(code);
  if (normalized.length < MIN_LENGTH || code.trim().length > 64) {
    return `The invite code must have at least ${MIN_LENGTH} letters or digits and at most 64 characters.`;
  }
  return undefined;
}

/**
 * The code to use: the one given (it replaces the stored one), else the one in the data folder, else a new
 * one. The file is (re)written owner-only either way.
 */
export function inviteCodeResolve(dataDir: string, given?: string): string {
  const file = path.join(dataDir, INVITE_FILE_NAME);
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  const code = given?.trim() || (kept && inviteCodeValidate(kept) === undefined ? kept : inviteCodeCreate());
  if (code !== kept) writeFileSync(file, `${code}\n`, { mode: 0o600 });
  // writeFileSync applies the mode only when it creates the file; an older file may be wider.
  chmodSync(file, 0o600);
  return code;
}
