#!/usr/bin/env bash
# End-to-end tests of wave 32's precision fixes (precision32), classes of
# the false positives v0.30.0 reported on the seen holdouts: Bundler's
# gem-source credentials whose user the vendor issued (random letters and
# digits, as Sidekiq's contribsys pair is) reported as the pair, a named
# user's (deploy, ci) as its password; a markup element's value under a
# comment that calls it dead (`<!-- old value, no longer valid -->`), as
# the same note above a `name=value` line is; a value its author's note
# calls public (`public by design`, `public identifiers`, `web config is
# public`: Firebase's web keys), on its line, above it or above the object
# that holds it; each with its hard negatives. Values are
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

# ---- a dead note above a markup element (fails on v0.30.0: reported) ------
mk maps/zones.kml '<Placemark><ExtendedData>
      <Data name="fleet_api_key"><value>Vq8Lm3Tz7Kx2Rw9Pb4Hc6Yd1Sf5Gj0Nq</value></Data>
<!-- old value kept for reference (rotated 2026-01, no longer valid) -->
      <Data name="fleet_api_key_OLD"><value>4f9c2a7e1b8d3f6a0c5e9b2d7a4f1c8e6b3d0a9f2c7e4b1d8a5f3c6e9b2d7a4f</value></Data>
<!-- revoked when the contractor left -->
      <Data name="fleet_secret"><value>Hz5Rt8Kq2Wm7Lx4Vn9Pb3Yc6Sd1Fg0Jt</value></Data>
<!-- new key, replaces the revoked one -->
      <Data name="fleet_token"><value>Qm2Xv7Lk4Tz9Rw3Pb8Hc5Yd6Sf1Gj0Nw</value></Data>
<!-- staging copy -->
      <Data name="fleet_token_staging"><value>Wk7Rz2Lm9Tq4Xv8Pb3Hc6Yd1Sf5Gj0Ne</value></Data>
</ExtendedData></Placemark>
'
scan_report maps/zones.kml
holds_once 2 Vq8Lm3Tz7Kx2Rw9Pb4Hc6Yd1Sf5Gj0Nq
holds_none 4f9c2a7e1b8d3f6a0c5e9b2d7a4f1c8e6b3d0a9f2c7e4b1d8a5f3c6e9b2d7a4f
holds_none Hz5Rt8Kq2Wm7Lx4Vn9Pb3Yc6Sd1Fg0Jt
holds_once 8 Qm2Xv7Lk4Tz9Rw3Pb8Hc5Yd6Sf1Gj0Nw
holds_once 10 Wk7Rz2Lm9Tq4Xv8Pb3Hc6Yd1Sf5Gj0Ne

mk ui/gate.svg '<svg xmlns="http://www.w3.org/2000/svg">
  <text id="svc_password" visibility="hidden">Tr7kq2Wz9Lm4Xv</text>
<!-- previous one, rotated out -->
  <text id="svc_password_prev" visibility="hidden">Bn4Qx8Rt2Kw6Lz</text>
</svg>
'
scan_report ui/gate.svg
holds_once 2 Tr7kq2Wz9Lm4Xv
holds_none Bn4Qx8Rt2Kw6Lz

# ---- a value its note calls public (fails on v0.30.0: reported) -----------
mk web/src/firebase.js "import { initializeApp } from 'firebase/app';

// web config: public identifiers, locked down by App Check
const firebaseConfig = {
  apiKey: 'AIzaSyB3kq7Lm2Tz9Rw4Pb8Hc5Yd6Sf1Gj0NwXa',
  authDomain: 'demo-app.firebaseapp.com',
};
"
scan_report web/src/firebase.js
holds_none AIzaSyB3kq7Lm2Tz9Rw4Pb8Hc5Yd6Sf1Gj0NwXa
holds_count 0

mk app/Keys.kt 'object Keys {
    const val MAPS = "AIzaSyC8vq2Lm7Tz4Rw9Pb3Hc6Yd1Sf5Gj0NeQz" // public by design, restricted by referrer
    const val SERVER = "AIzaSyD4xk9Lm2Tz7Rw3Pb8Hc5Yd6Sf1Gj0NwLm"
    // the browser key is public
    const val BROWSER = "AIzaSyE2wk8Lm3Tz6Rw2Pb9Hc4Yd5Sf7Gj1NqRt"
}
'
scan_report app/Keys.kt
holds_none AIzaSyC8vq2Lm7Tz4Rw9Pb3Hc6Yd1Sf5Gj0NeQz
holds_once 3 AIzaSyD4xk9Lm2Tz7Rw3Pb8Hc5Yd6Sf1Gj0NwLm
holds_none AIzaSyE2wk8Lm3Tz6Rw2Pb9Hc4Yd5Sf7Gj1NqRt

# hard negatives: `public` of another thing, or a key pair's public half
mk ops/repo.env '# this repo is public: rotate anything committed here
API_TOKEN=Zq8Lm3Tz7Kx2Rw9Pb4Hc6Yd1Sf5Gj0Nq
'
found ops/repo.env 2 generic-secret Zq8Lm3Tz7Kx2Rw9Pb4Hc6Yd1Sf5Gj0Nq
mk ops/sign.js '// public key below; the private one lives in the vault
const config = {
  signingSecret: "Hz5Rt8Kq2Wm7Lx4Vn9Pb3Yc6Sd1Fg0Jt",
};
'
found ops/sign.js 3 generic-secret Hz5Rt8Kq2Wm7Lx4Vn9Pb3Yc6Sd1Fg0Jt
mk ops/public.py '# Public API of the billing client
client = Billing(
    api_key="Wq2Lm7Tz4Rw9Pb3Hc6Yd1Sf5Gj0NeQzXv",
)
'
found ops/public.py 3 generic-secret Wq2Lm7Tz4Rw9Pb3Hc6Yd1Sf5Gj0NeQzXv

finish "e2e_precision32"
