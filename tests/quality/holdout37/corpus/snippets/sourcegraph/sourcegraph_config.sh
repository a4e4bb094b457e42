#!/usr/bin/env bash
set -euo pipefail

# sourcegraph integration (Thornbury Glasshouses, climate and orders platform)
export SRC_ACCESS_TOKEN='sgp_e7aa5640961eb2ad_21cf21f90feb334230f612309c01f088782edaa7'
export SRC_ENDPOINT='https://sourcegraph.tbg.internal'
# rotated 2025-11-03 after the laptop loss; old value (revoked): sgp_e7aa56...
