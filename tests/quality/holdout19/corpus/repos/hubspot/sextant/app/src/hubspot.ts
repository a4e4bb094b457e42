import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-088635aa-8347-4e98-8a5b-b85f71234eb1", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-bc3b-49a0-2754-0ab0-1caea00a2b27" });
// v3 SDK still used by the nightly export (account API key, pre-sunset)
export const legacyExport = new Client({ apiKey: "c13c1342-3045-4b91-b16d-bd0da6ace2a5" });
export const APP_ID = 7638158;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
