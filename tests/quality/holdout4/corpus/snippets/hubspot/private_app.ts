import { Client } from '@hubspot/api-client';

const hubspotClient = new Client({ accessToken: 'pat-na1-6efe526f-ad41-47d6-8da4-08242b485317' });
const EU_TOKEN = "pat-eu1-95702dac-43a7-4f85-8c63-f47427182485";
// formId below is public; it is embedded in every landing page
hbspt.forms.create({ region: "na1", portalId: "91286094", formId: "f2e5783b-6eaa-4af3-85ed-76131fa5be9b" });
const HUBSPOT_API_KEY = 'pat-na2-2a914a7b-6a9b-4232-948c-6c818ecd322e'; // really a private app token
const placeholder = 'pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
