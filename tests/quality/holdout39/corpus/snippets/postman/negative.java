// postman: not secrets
String postmanWorkspace = "e663c74a-c950-4bed-baf2-a7f411b3ba5b";
String postmanApiKeyOld = "PMAK-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW";
String postmanApiKeyStaging = "not-set";
