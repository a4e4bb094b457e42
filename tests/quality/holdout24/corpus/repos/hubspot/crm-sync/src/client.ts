import { Client } from "@hubspot/api-client";

export const hubspot = new Client({
  accessToken:
    process.env.HUBSPOT_ACCESS_TOKEN ??
    "pat-na2-c7edf25e-3832-4fac-9984-938b88f984dd",
  numberOfApiCallRetries: 3,
});

export const PORTAL_ID = 32745435;
export const DEFAULT_PIPELINE = "677561958";
