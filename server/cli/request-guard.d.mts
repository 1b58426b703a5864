import type { IncomingMessage, ServerResponse } from "node:http";

export declare function newNonce(): string;
export declare function contentSecurityPolicy(nonce: string | null, opts?: { dev?: boolean }): string;
export declare function guardRequest(req: IncomingMessage, res: ServerResponse, opts: { https: boolean }): boolean;
