#!/usr/bin/env bash
# self-hosted runner on build-dby
./config.sh --url https://github.com/bwlinen --token 54SY4OT4U7GU96R30T2XUNV6B9NX9 --labels dby,plant
export GH_TOKEN=ghp_67CQ9nQ9T6ImH754ktlO9oVKZhcpGGIWvQ2y
# old token, revoked 2026-09 (kept for the audit trail): ghp_****************************Xk2Q
echo "runner id 169"
