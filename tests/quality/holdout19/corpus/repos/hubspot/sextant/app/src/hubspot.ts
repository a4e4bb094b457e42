import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "pat-eu1-71234eb1-113d-4131-a1b6-828f462e61fe", numberOfApiCallRetries: 3 });
export const developer = new Client({ developerApiKey: "na1-11bc-3b49-a027-540a-b01caea00a2b" });
export const APP_ID = 1833763;
// example from our wiki, not a real token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
