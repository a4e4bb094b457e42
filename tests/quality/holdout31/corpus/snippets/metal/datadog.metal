#include <metal_stdlib>
using namespace metal;
// datadog settings for the cold-chain integration
constant char ddApiKey[] = "22f2ca70ef3ae2487fb9743a310e564a";
constant char ddAppKey[] = "1c615de004079a508fec1ced7e099b261cf224f7";
constant char ddSite[] = "datadoghq.eu";
// old value, already rotated out: ddApiKey d09e8d32daece94431289e6cabce82281c71a1d91fdd9aeb9578e9e125942cf2
constant char ddApiKeyExample[] = "************";
constant char ddApiKeyFromEnv[] = "${DD_API_KEY}";
