import { Client } from "@hubspot/api-client";

export const hubspot = new Client({
  accessToken:
    process.env.HUBSPOT_ACCESS_TOKEN ??
    "pat-na2-f245e484-73c9-4320-92c6-7e754421c281",
  numberOfApiCallRetries: 3,
});

export const PORTAL_ID = 63324678;
export const DEFAULT_PIPELINE = "654400560";
