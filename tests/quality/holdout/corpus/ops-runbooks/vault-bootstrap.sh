#!/usr/bin/env bash
export VAULT_ADDR=https://vault.acme.internal:8200
export VAULT_TOKEN=hvs.CAESIdurdeoWbA-rumEnsEu425RWrP-CRFGRIVt69oHfH66iymopD0njZ2Za4pxEd9fqC2nA2mVSN4TgoU1VQh
vault kv put secret/shop/stripe key="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"
vault kv put secret/shop/age recipient=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
echo "AGE-SECRET-KEY-1869U0ZNDL7N8076PMGF4SX7E90HMTT2V6P3HEY0NG27Z4HZC2J6TXNVL8W" > /tmp/age.key
