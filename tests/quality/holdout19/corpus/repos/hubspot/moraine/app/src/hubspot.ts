import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-d2cc27d5-e41d-4cd6-8d6a-df83965e5502", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-c674-9bce-6f8c-a11d-5e3b7b8d440b" });
export const APP_ID = 5410463;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
