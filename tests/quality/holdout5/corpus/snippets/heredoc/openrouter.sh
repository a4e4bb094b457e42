#!/bin/sh
cat > /etc/app/env <<EOF
OPENROUTER_API_KEY=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
ARGS=--or-key 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
OPENROUTER_MODEL=anthropic/claude-3.5-sonnet
OPENROUTER_API_KEY=sk-or-v1-...
OPENROUTER_API_KEY_REF=${OPENROUTER_API_KEY}
EOF
