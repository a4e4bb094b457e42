package crmsync

const contactsURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=3df59e43-e3e1-4160-bbaf-a607a0c02f01&count=100"

// FormGUID is public: it is embedded in the landing page.
const FormGUID = "e118b995-f19d-4204-9740-07f5328b24ef"
