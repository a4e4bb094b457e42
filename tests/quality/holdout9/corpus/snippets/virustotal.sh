#!/usr/bin/env bash
set -euo pipefail
virustotal login --api-key "b7999aacd1c34354e4a7ee65263ba0c96f72690659ccfaed865c5a1e835053c7"
export VT_API_KEY="894840ae5598c5f84f5880f3bdfa901a5b48fb89d88e70d388fc7ecede3f7ec5"
VT_SAMPLE_SHA256='08a36752ad83e74eb5ab0b6ddb7380a21ae90ffad038dcc6cb785bbc1803d46e'
VT_ANALYSIS='rquOFiS7HdLvDOtMDGgPeAzGrAY0duJQm3Mlz9au=='
: "${VT_TOKEN:?set it}"
