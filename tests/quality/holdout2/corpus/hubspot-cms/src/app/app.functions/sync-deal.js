const hubspot = require('@hubspot/api-client');

exports.main = async (context = {}) => {
  const accessToken = process.env.PRIVATE_APP_ACCESS_TOKEN || 'pat-na2-9e4c7698-02c8-4066-821c-2ff22e844b66';
  const client = new hubspot.Client({ accessToken });
  const { dealId } = context.parameters;
  return client.crm.deals.basicApi.getById(dealId, ['amount', 'dealstage']);
};
