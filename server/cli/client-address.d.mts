import type { IncomingMessage } from "node:http";
import type { BlockList } from "node:net";

export declare const CLIENT_ADDRESS_HEADER: "x-triple-crown-client";
export declare function parseTrustedProxies(spec: string | undefined): BlockList;
export declare function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string;
export declare function stampClientAddress(req: IncomingMessage, trusted: BlockList): string;
export declare function isHttps(req: IncomingMessage, trusted: BlockList): boolean;
