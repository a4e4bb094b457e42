hbspt.forms.create({
  region: "eu1",
  portalId: "09761673",
  formId: "ec9a2188-e4c9-433a-807a-3639d9dc6763"
});
// server side only
const developerApiKey = "eu1-4284-bf07-fdce-0ecb-327356b5843e";
const docsSample = "pat-na1-00000000-0000-0000-0000-000000000000";
