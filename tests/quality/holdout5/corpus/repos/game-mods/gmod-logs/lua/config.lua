-- Garry's Mod addon config
Config = Config or {}
Config.Webhook = "https://discordapp.com/api/webhooks/847250850386240674/H5w_jRMaMyKq0AyCAF2Jre-6JkQa_yh7lLblF8ztgrWvER4OhwNC2JhZ9GfmQpggzzHs"
Config.Api = {
    algolia_admin_key = "f64f8125f0262d002e29ce05bf687783",
    posthog_feature_flags_secure_api_key = "phs_of3rej9rbSimj2uf6KQokPxifp9Nl7CFsQccyd0SP91GMKd",
    server_id = "4882981513",
}
