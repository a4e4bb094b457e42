#!/usr/bin/env bash
# End-to-end tests of wave 32's precision fixes (precision32), classes of
# the false positives v0.30.0 reported on the seen holdouts: Bundler's
# gem-source credentials whose user the vendor issued (random letters and
# digits, as Sidekiq's contribsys pair is) reported as the pair, a named
# user's (deploy, ci) as its password; each with its hard negatives. Values are
# generated fakes.
. "$(dirname "$0")/lib.sh"

# ---- Bundler: an issued user:password pair (fails on v0.30.0: the password alone)
mk app/.bundle/config '---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__PKGS__EXAMPLE__ORG: "release:Vd7Qk2Lx9TzR4mWp8Hc3"
BUNDLE_GIT__CORP__IO: "Jb6Xq3Lz8TvR2mWk5Hd9Pf4Nc7Ys1Ga0:x-oauth-basic"
BUNDLE_GEMS__TOKEN__DEV: "Mk4Wq8Zr2Lx7Tn5Vb9Yc3Hd"
BUNDLE_GEMS__ENV__DEV: "${GEMS_USER}:${GEMS_PASSWORD}"
BUNDLE_GEMS__DOCS__DEV: "username:password"
BUNDLE_GEMS__PH__DEV: "deploy:changeme"
BUNDLE_GEMS__GH__DEV: "bot:ghp_Rz8Kq3Vx7Lm2Tn5Wb9Yc4Hd6Sf1Ga0Jp3Ne"
BUNDLE_JOBS: "4"
'
scan_report app/.bundle/config
holds_once 3 Vd7Qk2Lx9TzR4mWp8Hc3
holds_none release:Vd7Qk2Lx9TzR4mWp8Hc3
holds_once 4 Jb6Xq3Lz8TvR2mWk5Hd9Pf4Nc7Ys1Ga0
holds_once 5 Mk4Wq8Zr2Lx7Tn5Vb9Yc3Hd
holds_none 'username:password'
holds_none 'deploy:changeme'
holds_none 'bot:ghp_Rz8Kq3Vx7Lm2Tn5Wb9Yc4Hd6Sf1Ga0Jp3Ne'
check "app/.bundle/config: no finding of a variable" \
	jq -e '[.[] | select(.secret | test("GEMS_"))] | length == 0' "$T/out"

mk ci/bootstrap.sh '#!/bin/sh
bundle config set --global gems.vendor.dev k7tq2wz9:Hq5Vn2Lx8Rk4Zm7T
bundle config set --global gems.other.dev "${VENDOR_CREDS:?}"
'
found ci/bootstrap.sh 2 bundler-source-credentials k7tq2wz9:Hq5Vn2Lx8Rk4Zm7T
holds_none Hq5Vn2Lx8Rk4Zm7T

finish "e2e_precision32"
