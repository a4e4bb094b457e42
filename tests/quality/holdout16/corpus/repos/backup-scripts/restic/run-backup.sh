#!/usr/bin/env bash
set -euo pipefail
export RESTIC_REPOSITORY="rest:https://backup:Juniper.maple663@restic.riverbend.test/files01"
export RESTIC_PASSWORD="Thistle.meadow13"
restic backup /srv --exclude-caches --tag nightly
restic forget --keep-daily 7 --keep-weekly 5 --prune
