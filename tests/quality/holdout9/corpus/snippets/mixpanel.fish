# ~/.config/fish/conf.d/work.fish
set -gx MIXPANEL_SA_SECRET 'ltJXIYrbxkw0dtZiZQtgL53EFAOHihXY'
set -Ux MIXPANEL_API_SECRET "90d2a8ad8a290540a5d6edac6a0e3421"
set -g mixpanel_token '9fab5001bba48e8ae9532c2b5b9e449c'
set -g mixpanel_sa_username 'etl.pnvssp.mp-service-account'
set -q MIXPANEL_TOKEN; or echo missing
