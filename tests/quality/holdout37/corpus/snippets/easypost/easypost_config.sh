#!/usr/bin/env bash
set -euo pipefail

# easypost integration (Thornbury Glasshouses, climate and orders platform)
export EASYPOST_API_KEY='EZAK9a2e16130f7c1d90fa2586cb0cca9ffdcf85eae26f288c5a73dcf6'
export EASYPOST_TEST_KEY='EZTK7c2e9f4a1b3d5c8e0f2a4b6d8c1e3f5a7b9d2c4e6f8a1b3c5d7e9f'
export EXAMPLE_EASYPOST_API_KEY='************'
