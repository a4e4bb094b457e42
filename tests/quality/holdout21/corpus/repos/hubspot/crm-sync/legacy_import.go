package crmsync

const contactsURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=1d463912-6c6a-46dc-ba2f-67728f0864e5&count=100"

// FormGUID is public: it is embedded in the landing page.
const FormGUID = "953dbe00-1e34-43fa-862c-48b4ca3dc207"
