// Without a hook of its own, this app would be built with the product's (turbopack.root is the repository root),
// which prepares a data folder on start; the comparison server needs nothing prepared.
export function register(): void {}
