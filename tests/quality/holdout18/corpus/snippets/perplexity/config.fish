# ~/.config/fish/config.fish
abbr -a perplexityapi 'curl -H "Authorization: Bearer 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"'
set -gx PPLX_MODEL_NAME sonar-pro
set -gx PERPLEXITY_API_KEY_SEQUENTIAL pplx-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL
set -gx PERPLEXITY_API_KEY_EXAMPLE [REDACTED]
set -gx PERPLEXITY_API_KEY_COPY $PERPLEXITY_API_KEY
