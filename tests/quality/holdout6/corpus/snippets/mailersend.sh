#!/bin/sh

cat > /etc/mailersend.env <<EOF
MAILERSEND_API_KEY=mlsn.6ed291c57cdb33d6760edb9ff1322cc2dcb5438c8bb4d653ba34d22976163510
EOF
MAILERSEND_SMTP_USER=MS_uXBZfa@cfgfkwvq.mlsender.net
MAILERSEND_DOMAIN_ID=h1nsv3iv5rzmmd4
test -n "$MAILERSEND_TOKEN" || exit 1
