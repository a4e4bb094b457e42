@group(0) @binding(0) var<uniform> tint: vec4<f32>;
// vercel settings for the cold-chain integration
// @binding VERCEL_TOKEN: U2GBOp8HrdLaJapVOMPuTxEp
// @binding VERCEL_PROJECT_ID: prj_4GRlDCxJnyld6KBdFYUZPAK08kv3
// @binding VERCEL_ORG_ID: team_9tPrViUqQJJT2fu4NKsz0dd6
// revoked after the March leak - dead: VERCEL_TOKEN U2GBOp8Hrd...
// @binding VERCEL_TOKEN_EXAMPLE: sample
// @binding VERCEL_TOKEN_FROM_ENV: ${VERCEL_TOKEN}
