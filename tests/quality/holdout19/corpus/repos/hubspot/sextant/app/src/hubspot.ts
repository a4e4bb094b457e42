import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-520b9686-a85b-455d-a5c1-79d401689131", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-2a15-c499-4f2c-215c-b32b75cd90dc" });
export const APP_ID = 4780917;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
