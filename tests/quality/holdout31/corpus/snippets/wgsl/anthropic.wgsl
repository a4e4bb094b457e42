@group(0) @binding(0) var<uniform> tint: vec4<f32>;
// anthropic settings for the cold-chain integration
// @binding ANTHROPIC_API_KEY: sk-ant-api03-1CY-L7qNoJdB6Caknx-lGM9Tg9RKLGuvnmJCfw7E6rAXn712OyjVHSqJQe6a-riSmPNfCncwq-B6N76itMtJvPUhJ2GflAA
// deactivated in the console, kept for reference only: ANTHROPIC_API_KEY sk-ant-api03-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvw
// @binding ANTHROPIC_API_KEY_EXAMPLE: changeme
// @binding ANTHROPIC_API_KEY_FROM_ENV: ${ANTHROPIC_API_KEY}
