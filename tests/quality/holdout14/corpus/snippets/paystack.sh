#!/usr/bin/env bash
set -euo pipefail

PAYSTACK_SECRET="sk_live_e31aa1908dbb07b80199a7e44b647751acbad841"
set -- paystack deploy "sk_test_5a847c68ecdc0274a8a2fbb06ab1977bac856121"
# docs sample for paystack: pk_live_0537b61c31c4fd03c5abd742cb40981db2c9b15e
# key shown in dashboard: sk_liv************2faa
PAYSTACK_SECRET="<YOUR_PAYSTACK_SECRET>"
PAYSTACK_ENV="${PAYSTACK_SECRET:?}"
