# machine-local, should be in .gitignore
set -gx WAKATIME_API_KEY waka_614bb10d-b382-4d3a-ad55-0a6accf9844c
set -gx CLOUDSMITH_API_KEY 56c63255df6d8ea98383581c09b3a374c46a2221
set -gx DEEPL_AUTH_KEY 63c1ab67-95a0-4cfb-8b6e-b974cd7366e2:fx
set -gx EDITOR nvim
