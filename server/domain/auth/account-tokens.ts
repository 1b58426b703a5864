import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { accountTokens, type AccountTokenPurpose } from "@/db/schema";

/** Only this is stored: a copy of the database opens no account. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a single-use token for the account; the token itself goes into the mailed link and nowhere else. */
export async function issueAccountToken(
  db: DbOrTx,
  userId: string,
  purpose: AccountTokenPurpose,
  ttlMs: number,
  now: number,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(accountTokens).values({ userId, purpose, tokenHash: tokenHash(token), expiresAt: now + ttlMs, createdAt: now });
  return token;
}

/**
 * Uses a token up, in one UPDATE (so two clicks on one link cannot both
 * succeed): answers its account, or null when the token is unknown, of
 * another purpose, used or expired.
 */
export async function consumeAccountToken(db: DbOrTx, token: string, purpose: AccountTokenPurpose, now: number): Promise<string | null> {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}

/** Whether a token would be accepted now (the reset page checks before showing its form); changes nothing. */
export async function accountTokenIsLive(db: DbOrTx, token: string, purpose: AccountTokenPurpose, now: number): Promise<boolean> {
  const [row] = await db
    .select({ id: accountTokens.id })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

/** Every other open token of the account for the purpose stops working (after a reset, older reset links are dead). */
export async function retireAccountTokens(db: DbOrTx, userId: string, purpose: AccountTokenPurpose, now: number): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}
