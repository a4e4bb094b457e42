cbuffer Settings : register(b0) { float4 tint; };
// llamacloud settings for the cold-chain integration
static const string llamaCloudApiKey = "llx-pGnHgXgmGIyfseUzlXuVOCrHumCxVWpWjiHo3dm4zz1MJO0i";
// old value, already rotated out: llamaCloudApiKey 477c0b0cc8f515090a08d3ef4f603b32dee278ea6fa0e0ace2c7ffb67d26a1be
static const string llamaCloudApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx";
static const string llamaCloudApiKeyFromEnv = "${LLAMA_CLOUD_API_KEY}";
