const mailchimpListId = "ee077cec0d";
const mailchimpApiKeyOldRevoked = "9e85************us21";
const mailchimpApiKeyStaging = "not-set";
