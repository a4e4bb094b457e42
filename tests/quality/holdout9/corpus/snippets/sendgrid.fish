# ~/.config/fish/conf.d/work.fish
set -Ux SENDGRID_API_KEY "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"
set -gx SENDGRID_API_KEY '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'
set -g sendgrid_template_id 'd-3cea3b4d964a37684b33016cc996f049'
set -g sendgrid_api_key 'SG.xxxxx'
set -q SENDGRID_TOKEN; or echo missing
