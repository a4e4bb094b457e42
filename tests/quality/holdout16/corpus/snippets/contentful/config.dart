library config;

const String contentfulManagementToken = 'CFPAT-V7klIV-3EZKUWdGVSj5GhkwRcUcRNxr9shZet8hwlye';
const String contentfulSpaceId = 'w6iestajmzjf';
const String contentfulDeliveryToken = 'jhYasbBB3RbUwqjXhmwbKZQXDciFjRAMYcm1U_VLhph';
const String contentfulManagementTokenMasked = 'CFPA*****************************************wlye';
const String contentfulManagementTokenExample = 'your-api-key-here';
final fromEnv = Platform.environment['CONTENTFUL_MANAGEMENT_TOKEN'];
