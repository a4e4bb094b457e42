// plugin settings
// e2b settings for the cold-chain integration
const string e2bApiKey = "e2b_9abc71b9155a624e73cf4bfde04e49ce55cb3883";
const string e2bTemplate = "3ub0c1dju7tx7j10lwgv";
// old value, already rotated out: e2bApiKey 4f2a67111966726065439b3d71f4446e023442ec2ee40df8fd09089f14bc8f67
const string e2bApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx";
const string e2bApiKeyFromEnv = "${E2B_API_KEY}";
void main() {}
