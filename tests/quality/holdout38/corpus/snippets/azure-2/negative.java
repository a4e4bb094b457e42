static final String AZURE_TENANT_ID = "2e23bcb1-77a0-4b4d-a000-a12485cae18b";
static final String AZURE_CLIENT_ID = "615019b4-27f9-4564-a058-a0900c01e896";
static final String AZURE_CLIENT_SECRET_PREFIX = "1Ri8Q~L-Yj...";
static final String AZURE_CLIENT_SECRET_STAGING = "sample";
