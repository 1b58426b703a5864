/** Each workspace's provider has its own Auth.js id, so its callback URL names the workspace. */
const PREFIX = "sso-";

export function ssoProviderId(workspaceId: string): string {
  return `${PREFIX}${workspaceId}`;
}

/** The workspace id inside a provider id, or null when the id is not one of ours. */
export function workspaceIdOfProvider(providerId: string): string | null {
  if (!providerId.startsWith(PREFIX)) return null;
  const id = providerId.slice(PREFIX.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** The path the provider sends people back to; the admin registers its absolute form. */
export function ssoCallbackPath(workspaceId: string): string {
  return `/api/auth/callback/${ssoProviderId(workspaceId)}`;
}
