#!/usr/bin/env bash
declare -A CREDS
CREDS[google]='AIzaUPsxvRUwYCgQEvVn355lk1z1dL2oXDODocF'
export GOOGLE_CLIENT_SECRET='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'
export GOOGLE_CLIENT_ID='545109077697-tyhtxsef4yzeyhrt13s4twptrznzxuza.apps.googleusercontent.com'
export GOOGLE_MAPS_API_KEY_TRUNCATED='AIzaUPsxvR...'
export GOOGLE_MAPS_API_KEY_EXAMPLE='sample'
: "${GOOGLE_MAPS_API_KEY:?set it first}"
