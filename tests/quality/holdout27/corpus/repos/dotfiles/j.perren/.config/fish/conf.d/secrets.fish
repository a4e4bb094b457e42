# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_470f8b1c39d3815d0646e467be3ee63b34ec11209f5de5ca5666039bf92d4dc3
set -gx EDITOR hx
set -gx GPG_TTY (tty)
