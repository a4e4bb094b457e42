#!/usr/bin/env bash
set -euo pipefail

export DROPBOX_ACCESS_TOKEN=sl.Bvq5vf557Cf2Vh9qcXJ8xg13muEjTBZ8OxnpZRdt4V1QR9SOPG7wfGsmhm_1RrUi_DG9vow-jpK1134fZcjAKH15ukWCetBu4FP2Vd2f15p7QwAAbo3TdYmbS-vudBjaV3F_kmeU
curl -sS -H "Authorization: Bearer 8LWxN-wxBupAAAAAAAAAAT8p3E9PRKHlLdXB7ju8-xep-aUiMwFQ1BtMAjXPM8Nf" https://api.example.com/v1/me
export DROPBOX_APP_KEY=kr1cvhgwf5o2f7b
export DROPBOX_ACCESS_TOKEN=sl.XXXXXXXX
echo "using ${DROPBOX_API_KEY}"
