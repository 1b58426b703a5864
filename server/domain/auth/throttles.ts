import type { Db } from "@/db/client";
import { UNKNOWN_ADDRESS } from "@/server/auth/client-ip";
import { TooManyRequestsError } from "../errors";
import { describeWait, hitLimit, windowWaitMs } from "./rate-limit";

/**
 * Fixed-window limits on account-making actions (decision 023), counted in
 * the database like the sign-in limits. Generous enough for an office behind
 * one address; tight enough that a script cannot mint accounts or workspaces.
 */
const SIGN_UPS_PER_ADDRESS = 10;
const WORKSPACES_PER_USER = 10;
const THROTTLE_WINDOW_MS = 60 * 60_000;

async function take(db: Db, key: string, limit: number, message: (wait: string) => string, now: number): Promise<void> {
  const waitMs = await windowWaitMs(db, key, limit, now);
  if (waitMs > 0) throw new TooManyRequestsError(message(describeWait(waitMs)));
  await hitLimit(db, key, THROTTLE_WINDOW_MS, now);
}

/** Counts a sign-up attempt from the address (new email or not, so probing for accounts is throttled too). */
export async function takeSignUpSlot(db: Db, ip: string, now = Date.now()): Promise<void> {
  if (ip === UNKNOWN_ADDRESS) return;
  await take(db, `signup-ip:${ip}`, SIGN_UPS_PER_ADDRESS, (wait) => `Too many sign-ups from your network. Try again in ${wait}.`, now);
}

export async function takeWorkspaceSlot(db: Db, userId: string, now = Date.now()): Promise<void> {
  await take(
    db,
    `workspace-create:${userId}`,
    WORKSPACES_PER_USER,
    (wait) => `You created many workspaces in a short time. Try again in ${wait}.`,
    now,
  );
}

const RESETS_PER_ADDRESS = 10;
const RESETS_PER_ACCOUNT = 3;

/**
 * Counts a password-reset request, per client address and per email, whether
 * or not the email has an account (so the limit tells nothing either). Both
 * are checked before either is counted: a refused request changes nothing.
 */
export async function takeResetSlot(db: Db, email: string, ip: string, now = Date.now()): Promise<void> {
  const keys = [
    ...(ip === UNKNOWN_ADDRESS ? [] : [{ key: `reset-ip:${ip}`, limit: RESETS_PER_ADDRESS }]),
    { key: `reset-account:${email}`, limit: RESETS_PER_ACCOUNT },
  ];
  for (const { key, limit } of keys) {
    const waitMs = await windowWaitMs(db, key, limit, now);
    if (waitMs > 0) throw new TooManyRequestsError(`Too many password reset requests. Try again in ${describeWait(waitMs)}.`);
  }
  for (const { key } of keys) await hitLimit(db, key, THROTTLE_WINDOW_MS, now);
}

const VERIFICATION_MAILS_PER_ACCOUNT = 5;

export async function takeVerificationSlot(db: Db, userId: string, now = Date.now()): Promise<void> {
  await take(
    db,
    `verify-mail:${userId}`,
    VERIFICATION_MAILS_PER_ACCOUNT,
    (wait) => `We sent several confirmation emails already. Try again in ${wait}.`,
    now,
  );
}
