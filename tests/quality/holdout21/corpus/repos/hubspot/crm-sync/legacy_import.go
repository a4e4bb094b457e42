package crmsync

const contactsURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=dd2439b7-1453-4b1b-98c6-f63ca3b0d12c&count=100"

// FormGUID is public: it is embedded in the landing page.
const FormGUID = "771b3232-cb50-4c5e-b0b6-c2a38aa145a8"
