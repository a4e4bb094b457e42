const hubspot = require('@hubspot/api-client');

// TODO(ops): move to the secrets manager before launch
const hubspotClient = new hubspot.Client({ accessToken: 'pat-na1-7a569564-c65c-4908-b168-51b646130ded' });

async function upsertContact(email, props) {
  const filter = { propertyName: 'email', operator: 'EQ', value: email };
  const res = await hubspotClient.crm.contacts.searchApi.doSearch({ filterGroups: [{ filters: [filter] }] });
  if (res.total > 0) {
    return hubspotClient.crm.contacts.basicApi.update(res.results[0].id, { properties: props });
  }
  return hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...props } });
}

module.exports = { upsertContact, portalId: 66439414 };
