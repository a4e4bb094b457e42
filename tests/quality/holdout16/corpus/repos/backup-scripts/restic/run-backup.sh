#!/usr/bin/env bash
set -euo pipefail
export RESTIC_REPOSITORY="rest:https://backup:Harbor!saffron120@restic.riverbend.test/files01"
export RESTIC_PASSWORD="Juniper#walnut41"
restic backup /srv --exclude-caches --tag nightly
restic forget --keep-daily 7 --keep-weekly 5 --prune
