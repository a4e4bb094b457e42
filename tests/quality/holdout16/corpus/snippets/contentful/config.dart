library config;

const String contentfulManagementToken = 'CFPAT-WdGVSj5GhkwRcUcRNxr9shZet8hwlyeSriLMbszYskj';
const String contentfulSpaceId = 'dzaj8ann1vax';
const String contentfulDeliveryToken = 'wqjXhmwbKZQXDciFjRAMYcm1U_VLhphUUsBHYVqP-A_';
const String contentfulManagementTokenMasked = 'CFPA*****************************************Yskj';
const String contentfulManagementTokenExample = 'your-api-key-here';
final fromEnv = Platform.environment['CONTENTFUL_MANAGEMENT_TOKEN'];
