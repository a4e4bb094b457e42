# loaded by fish on login; TODO move to pass
set -gx GITHUB_TOKEN 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
set -gx DIGITALOCEAN_TOKEN dop_v1_63b4ca4b3866697d47ba853b74a062c79f4ac0532fe8a18c10b6d6e4f32fa3a2
set -gx EDITOR hx
set -gx GPG_TTY (tty)
