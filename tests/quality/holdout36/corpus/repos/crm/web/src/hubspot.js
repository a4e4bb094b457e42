const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: 'pat-na2-08abc112-5504-4262-a089-48ef39273d2a' });

hbspt.forms.create({
  region: 'eu1',
  portalId: '42933684',
  formId: '7f3c0401-6895-44ac-83a1-90b46a88bed6',
});

module.exports = client;
