#!/usr/bin/env bash
set -euo pipefail

# figma integration (Thornbury Glasshouses, climate and orders platform)
export FIGMA_TOKEN='figd_c7IftD1JiRDuHwmsItxqrb2t7fbMCM0LZqHzsL-t'
export FIGMA_FILE='Xq2Lw9bT4nRv7ZpK1cYh3M'
# rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 33683db443709d9f9c8a41f82357c9aeb2ed4738563e976b9a3160d0c839a47f
