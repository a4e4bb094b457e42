-- pushover credentials (fake values)
pushoverToken : String
pushoverToken =
    "a6zhl0317dde7y3kik4yy4qjiinhye"
Http.header "Authorization" "Bearer a1x1omnhldlivb86w8h6aan3cgmdla"
pushoverUserKeyGroup : String
pushoverUserKeyGroup =
    "g9qh44ntv1abyjp7oxzk1rzx7jr0yh"
pushoverTokenExample : String
pushoverTokenExample =
    "axxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
