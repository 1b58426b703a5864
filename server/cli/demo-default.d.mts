export declare function demoWantedOnStart(env: Record<string, string | undefined>, databaseExists: boolean): boolean;
