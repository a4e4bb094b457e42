#!/bin/sh
cat > /etc/app/env <<EOF
DUFFEL_ACCESS_TOKEN=duffel_live_Nu78kppnCdRoqz7aJ9KyPFR13ZAWq-Kf0Dxu1Y_T7Uf
ARGS=--duffel-token duffel_test_BOOkogQH9V1gyciwjEBG81L4BneM2kVoSRNM0y7Ti7o
OFFER_ID=off_WsbANmUOSvgZH0OMTr8xhEnaQs
DUFFEL_ACCESS_TOKEN=duffel_test_...
DUFFEL_API_KEY_REF=${DUFFEL_API_KEY}
EOF
