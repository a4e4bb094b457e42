#!/usr/bin/env bash
set -euo pipefail

linear-cli login --token lin_api_6r1jql2tFkYrB2XYBMTZi3XwuiRexXe4oBJ4z2Ua
export LINEAR_API_KEY_LIN_OAUTH="lin_oauth_47d1248f17415db846af04c1ce34f6eedf01777b5f297e52f177dce7bed339c5"
export LINEAR_API_KEY="${LINEAR_API_KEY:?missing}"
export LINEAR_API_KEY="********"
