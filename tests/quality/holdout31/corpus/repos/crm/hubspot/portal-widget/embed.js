hbspt.forms.create({
  region: "eu1",
  portalId: "62672834",
  formId: "f5cb94f4-4f4a-4e1e-a037-da2916b6407b"
});
const hs = new Client({ accessToken: 'pat-eu1-f48136a6-0715-46ca-888e-e78dc8f1cc62' });
const dev = { developerApiKey: 'd719e0e6-788f-4ac9-b8fc-2b5795825391', appId: 7212377 };
