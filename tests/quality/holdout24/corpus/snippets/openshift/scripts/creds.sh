#!/usr/bin/env bash
declare -A CREDS
export OC_TOKEN='sha256~tYiNnV_e0K1qM5poWKbNhugh6fej2LAZz4HA6_2gzG1'
export OPENSHIFT_CLUSTER_ID='2d7eb0dd-6c5e-47c9-87af-953913035058'
export OC_TOKEN_SHA256='58fb03b01e9de85b03e3b44f995e8221ddcfb5c312bfc4800fe2809a13ae9dd6'
export OC_TOKEN_EXAMPLE='$(OC_TOKEN)'
: "${OC_TOKEN:?set it first}"
