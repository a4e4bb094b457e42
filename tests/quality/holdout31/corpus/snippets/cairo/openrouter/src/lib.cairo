mod openrouter_settings {
// openrouter settings for the cold-chain integration
    const OPENROUTER_API_KEY: felt252 = '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';
// revoked after the March leak - dead: OPENROUTER_API_KEY sk-or-v1-2...
    const OPENROUTER_API_KEY_EXAMPLE: felt252 = '${OPENROUTER_API_KEY}';
    const OPENROUTER_API_KEY_FROM_ENV: felt252 = '${OPENROUTER_API_KEY}';
}
