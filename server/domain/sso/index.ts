import { procedureTable } from "../shared/procedure";
import { ssoPermissions } from "./permissions";
import { saveSsoInput, setPasswordSignInInput, setSsoEnabledInput } from "./schemas";
import { getSsoSettings, saveSsoSettings, setPasswordSignIn, setSsoEnabled, testSsoConnection } from "./settings";

export * from "./domains";
export * from "./provider-id";
export * from "./refusals";
export * from "./schemas";
export * from "./settings";
export * from "./sign-in";
export { ssoPermissions };

export const ssoProcedures = procedureTable(ssoPermissions, {
  get: (p) => p.query(getSsoSettings),
  save: (p) => p.mutation(saveSsoInput, saveSsoSettings),
  test: (p) => p.mutation((ctx) => testSsoConnection(ctx)),
  setEnabled: (p) => p.mutation(setSsoEnabledInput, setSsoEnabled),
  setPasswordSignIn: (p) => p.mutation(setPasswordSignInInput, setPasswordSignIn),
});
