#!/usr/bin/env bash
set -euo pipefail

export SEGMENT_WRITE_KEY='VZNdCIak5hO0wnXKWXkdTjnVanH2VvMv'
segment-cli login --token=sgp_7idaoPqqCDJihPlHN9Lo825mtKpKffHaNQ2IUEniysGcCvhrgbmXkLRAvozhPINR
export SEGMENT_SOURCE=ld7RnffIpKCpBNXcZmEXVR
export SEGMENT_WRITE_KEY=YOUR_WRITE_KEY
echo "using ${SEGMENT_API_KEY}"
