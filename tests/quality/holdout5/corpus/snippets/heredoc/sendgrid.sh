#!/bin/sh
cat > /etc/app/env <<EOF
ARGS=--sendgrid-api-key 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
SG_KEY=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
SENDGRID_TEMPLATE_ID=d-7e5db0f3bb3b462066f78c6e7b9d8b31
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY_REF=${SENDGRID_API_KEY}
EOF
