@group(0) @binding(0) var<uniform> tint: vec4<f32>;
// postmark settings for the cold-chain integration
// @binding POSTMARK_SERVER_TOKEN: 1b0e2e09-8818-46f4-b4c1-68d3b3067c9e
// @binding POSTMARK_STREAM: outbound
// revoked after the March leak - dead: POSTMARK_SERVER_TOKEN 1b0e2e09-8...
// @binding POSTMARK_SERVER_TOKEN_EXAMPLE: sample
// @binding POSTMARK_SERVER_TOKEN_FROM_ENV: ${POSTMARK_SERVER_TOKEN}
