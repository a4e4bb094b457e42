# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_73718dddb4b993f75abd73050fab4b3b8bfed57f73695774ff12de63b4ca4b38
set -gx EDITOR hx
set -gx GPG_TTY (tty)
