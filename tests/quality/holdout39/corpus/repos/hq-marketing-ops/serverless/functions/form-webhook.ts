const HUBSPOT_TOKEN = process.env.HUBSPOT_TOKEN ?? "pat-eu1-b7d53db3-c26c-4738-a66c-0256e60ecd4e";
const FORM_ID = "52f93ebc-7f91-462b-9a2a-c1fada3d52c6";
const PORTAL_ID = 12833590;
const DOCS_TOKEN = "pat-na1-00000000-0000-0000-0000-000000000000"; // from the API reference
