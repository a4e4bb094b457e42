#!/usr/bin/env bash
set -euo pipefail

export RAZORPAY_KEY_SECRET="KrwhViL5EO4ADjehcZh3xwpE"
export RAZORPAY_KEY_ID="rzp_live_f9ZOUnCOT6qhBb"
export RAZORPAY_KEY_SECRET="${RAZORPAY_KEY_SECRET:?missing}"
export RAZORPAY_KEY_SECRET="your-RAZORPAY-api-key"
