// Syncs contacts into HubSpot.
const FORM_ID = '84e55160-3200-44ea-97a9-4ded97491e23'; // a form GUID: public, not a secret
hbspt.forms.create({ portalId: '24681357', formId: FORM_ID });

async function lists() {
  // legacy API key in a URL: super-admin for the whole account
  const res = await fetch('https://api.hubapi.com/contacts/v1/lists?hapikey=7ff12229-4b4d-4474-a3ea-284d3bd03346&count=20');
  return res.json();
}

const token = process.env.HUBSPOT_ACCESS_TOKEN; // a reference, not a secret
module.exports = { lists, token };
