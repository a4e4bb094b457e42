# ~/.config/fish/conf.d/work.fish
set -Ux FETCHMAIL_PASSWORD "Dd5eLnKCXVdWf2ZWNd"
set -gx FETCHMAIL_PASSWORD 'nRwljDp3kGeFYqm7xF'
set -g fetchmail_user 'ops@acme.example'
set -g fetchmail_password 'changeme'
set -q FETCHMAIL_TOKEN; or echo missing
