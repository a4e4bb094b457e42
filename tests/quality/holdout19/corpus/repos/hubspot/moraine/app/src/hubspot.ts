import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-55765410-8dd7-46f0-8c64-0de02b6e8709", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-97b6-c7ce-1473-90bc-c554fb79c53a" });
export const APP_ID = 0747284;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
