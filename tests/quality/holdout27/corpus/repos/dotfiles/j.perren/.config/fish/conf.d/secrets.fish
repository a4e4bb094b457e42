# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_75e32d544b6d2a04839ea768b33b28e3fd071a697bb8bab3f20cf19e086be3c5
set -gx EDITOR hx
set -gx GPG_TTY (tty)
