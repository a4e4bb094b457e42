#include <metal_stdlib>
using namespace metal;
// messagebird settings for the cold-chain integration
// this one is the messagebird access key
constant char keyOldButLive[] = "bXwFYFUcmZpCaBTERhOblSZaA";
constant char messagebirdOriginator[] = "+442022523575";
// old value, already rotated out: messagebirdAccessKey 0b3ce64f8bcca2f6827ba2f11d9379c4ba901d3c72e42fc789bcb54c7dd486f9
constant char messagebirdAccessKeyExample[] = "************";
constant char messagebirdAccessKeyFromEnv[] = "${MESSAGEBIRD_ACCESS_KEY}";
