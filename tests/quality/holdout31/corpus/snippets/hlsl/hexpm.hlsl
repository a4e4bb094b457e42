cbuffer Settings : register(b0) { float4 tint; };
// hexpm settings for the cold-chain integration
static const string hexApiKey = "f326d0cffb158899a858cac94a3c5dc0";
static const string hexOrg = "frosty";
// rotated 2026-03, no longer valid: hexApiKey f326************5dc0
static const string hexApiKeyExample = "paste-your-key";
static const string hexApiKeyFromEnv = "${HEX_API_KEY}";
