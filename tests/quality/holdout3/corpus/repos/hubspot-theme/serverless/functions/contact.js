const hubspot = require('@hubspot/api-client');

exports.main = async (context, sendResponse) => {
  const client = new hubspot.Client({ accessToken: context.secrets.PRIVATE_APP_ACCESS_TOKEN });
  const fallback = new hubspot.Client({ accessToken: 'pat-na1-af915638-7351-4050-9213-ac92a8ed87c8' });
  const old = `https://api.hubapi.com/contacts/v1/contact/email/${email}/profile?hapikey=f5d8ba5b-297b-43cd-b892-b388933bb7a5`;
  hbspt.forms.create({ portalId: "44120987", formId: "8a2c4e6f-1b3d-4f5a-9c7e-0d2f4b6a8c1e" });
  sendResponse({ statusCode: 200 });
};
