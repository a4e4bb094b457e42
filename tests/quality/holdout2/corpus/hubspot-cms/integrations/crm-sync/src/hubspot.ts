import { Client } from '@hubspot/api-client';

export const crm = new Client({ accessToken: 'pat-na2-aa1fb6bd-65fc-4789-9c84-281323d8b269', numberOfApiCallRetries: 3 });
export const appSettings = new Client({ developerApiKey: 'eu1-1713-c529-dcae-55f1-a07d3c4d8d95' });

// last failure: correlationId 43185e56-2171-4130-ae5d-0762950254d9
