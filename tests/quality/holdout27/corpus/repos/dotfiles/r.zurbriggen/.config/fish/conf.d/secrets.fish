# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_d5c3940c81fddcd4d63158d21a8c1f6c5830779d2877bbc846fd1db7436aedfc
set -gx EDITOR hx
set -gx GPG_TTY (tty)
