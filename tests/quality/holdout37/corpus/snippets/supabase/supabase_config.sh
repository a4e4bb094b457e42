#!/usr/bin/env bash
set -euo pipefail

# supabase integration (Thornbury Glasshouses, climate and orders platform)
export SUPABASE_ACCESS_TOKEN='sbp_f8975c239431c87eac233e041cfa4ae13816c68a'
export SUPABASE_PROJECT_REF='qzbxmkvtrlwpnhydcefa'
# rotated 2025-11-03 after the laptop loss; old value (revoked): sbp_0123456789abcdefghijklmnopqrstuvwxyzABCD
