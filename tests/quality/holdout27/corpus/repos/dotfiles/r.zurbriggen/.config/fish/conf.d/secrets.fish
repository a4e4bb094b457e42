# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_db7436aedfc997dd580dc2fbae9ec8687f2a0422ac921774a052ddd3ad69b417
set -gx EDITOR hx
set -gx GPG_TTY (tty)
