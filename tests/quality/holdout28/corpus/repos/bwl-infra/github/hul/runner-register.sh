#!/usr/bin/env bash
# self-hosted runner on build-hul
./config.sh --url https://github.com/bwlinen --token BKQJWPUPUWBFA8Y6CHM9AE7FAVKO4 --labels hul,plant
export GH_TOKEN=ghp_G42N2GRUve5bqZKZaM8qUYdLqIFfCI9fixIh
# old token, revoked 2026-09 (kept for the audit trail): ghp_****************************Xk2Q
echo "runner id 775"
