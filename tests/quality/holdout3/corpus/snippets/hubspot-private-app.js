const hubspot = require('@hubspot/api-client');
const hubspotClient = new hubspot.Client({ accessToken: 'pat-na1-4f5ed443-a9cb-4162-ad29-4be7d8d65f4c' });
const legacy = new hubspot.Client({ accessToken: "pat-na1-e53da5d5-7040-41ed-add6-e2f7d9e52fd6" });
// forms are public: hbspt.forms.create({ portalId: '48213377', formId: '4f4d52a3-c2a5-4e7c-b75f-1fb9a14a58bb' })
const fromEnv = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });
