import { Client } from "@hubspot/api-client";

export const hubspot = new Client({
  accessToken:
    process.env.HUBSPOT_ACCESS_TOKEN ??
    "pat-na2-0ad250e6-a510-4f7c-aedf-25e38327fac8",
  numberOfApiCallRetries: 3,
});

export const PORTAL_ID = 126857488;
export const DEFAULT_PIPELINE = "424145949";
