import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-d2cc27d5-e41d-4cd6-8d6a-df83965e5502", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-c674-9bce-6f8c-a11d-5e3b7b8d440b" });
// v3 SDK still used by the nightly export (account API key, pre-sunset)
export const legacyExport = new Client({ apiKey: "d29e9785-f7aa-43a7-8c01-f69b5511e9f8" });
export const APP_ID = 1046341;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
