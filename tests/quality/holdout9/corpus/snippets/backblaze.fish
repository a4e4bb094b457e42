# ~/.config/fish/conf.d/work.fish
set -gx B2_APPLICATION_KEY 'K005Hkcp7WIxeEyGevmohAJLiaynGg4'
set -Ux B2_APPLICATION_KEY "K005sQ6OvwEHmowkziPC+9wiVUDkMJx"
set -g b2_application_key_id '005465180da5d1ea58c0e4284'
set -g b2_bucket_id '91a3a7e29303424d49e487e6'
set -q B2_TOKEN; or echo missing
