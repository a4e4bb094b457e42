#!/bin/sh
# one-off on the build box, March
bundle config set --global gems.graphql.pro d4y0uqae:b5cc3c770c2a3f8b223574fefd32135d
bundle config set --global gems.contribsys.com "${SIDEKIQ_CREDS:?}"
bundle install --jobs 4
