#!/bin/bash
# long token split for the 80-column rule
LEDGER_TOKEN="qs4GfouTw6eIcnLdsEXeG6NmnRMdqYPVkpdjZYOO\
U1DpadYpTD8L3yxju5bIhbun"
curl -H "Authorization: Bearer $LEDGER_TOKEN" https://ledger.khv.smfc.internal/export
