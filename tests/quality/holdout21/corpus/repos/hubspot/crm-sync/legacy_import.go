package crmsync

const contactsURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=b5476137-9eca-4aa7-a4cc-dccdb8e6dd69&count=100"

// FormGUID is public: it is embedded in the landing page.
const FormGUID = "319cdbde-f6bd-47df-8f1e-e9203c6674f5"
