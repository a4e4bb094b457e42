#!/bin/sh
export DIGITALOCEAN_TOKEN='dop_v1_c99738a7573991dfce0118317055a7cc6cb595c7bb7fb6af31ba20d9b9e7f910'
export DROPLET_ID='301000351'
# old key, revoked:
export DIGITALOCEAN_TOKEN_PREFIX='dop_v1_c99...'
