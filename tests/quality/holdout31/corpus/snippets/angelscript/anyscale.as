// plugin settings
// anyscale settings for the cold-chain integration
const string anyscaleApiKey = "esecret_q60giubm4adx5bts4ixgopby";
// old value, already rotated out: anyscaleApiKey 6c2204d7d377759b6fe70986f87a2dacdf65175881b4c11ac2f5cde4a0a8b8b6
const string anyscaleApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx";
const string anyscaleApiKeyFromEnv = "${ANYSCALE_API_KEY}";
void main() {}
