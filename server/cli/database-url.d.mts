export declare function isPostgresUrl(url: string | undefined): url is string;
