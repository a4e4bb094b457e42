# ~/.config/fish/config.fish
abbr -a railwayapi 'curl -H "Authorization: Bearer 273d906d-ffa1-4d75-a07a-3a900c2fd80d"'
set -gx RAILWAY_PROJECT_ID f8b0fdd2-6a01-4f53-a206-54d105561e11
set -gx RAILWAY_TOKEN_TRUNCATED 273d906d-f...
set -gx RAILWAY_TOKEN_EXAMPLE {{ secrets.RAILWAY_TOKEN }}
echo $RAILWAY_TOKEN
