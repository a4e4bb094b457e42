const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({
  accessToken: 'pat-eu1-87e40d6a-b628-40ce-92f9-8416fbd261bc',
});

// embed on the catch-of-the-day page
hbspt.forms.create({ region: 'eu1', portalId: '24940389', formId: '29e48838-d140-4c9c-8ca1-e4a6cf5a12d7' });
const devKey = process.env.HUBSPOT_DEVELOPER_API_KEY || 'eu1-38e4-8ab2-2e11-01ac-f3128569a550';
