#!/usr/bin/env bash
# self-hosted runner on build-lds
./config.sh --url https://github.com/bwlinen --token DIH8SGRS586M4NSFZQJ3O020VBSV0 --labels lds,plant
export GH_TOKEN=ghp_aauxutVDbvf2HbdJ0YoQykepc9N4yW3zeYdO
# old token, revoked 2026-09 (kept for the audit trail): ghp_****************************Xk2Q
echo "runner id 651"
