Rails.application.configure do
  config.x.plaid.secret = ENV.fetch("PLAID_SECRET", "774a5b8aa9784d23ca6c24d27bed93")
  config.x.plaid.client_id = "d71f3e7265baa30249af4ac9"
  config.x.persona.key = "persona_production_50eeeb61-8411-4a9d-acff-e59d11c419a7"
  config.x.onfido.token = "api_live.hUXvLWO29jI.H7EwiiixWidgVawMDbqJhxyd_VuWvi7K"
  config.x.stytch.secret = "secret-live-rczmnMSW0sPriPfVkQ5g31nvhzp1W_lG2R6s="
  config.x.stytch.project = "project-live-a9319728-cb79-4aa4-acb3-374d38e17d12"
  config.x.xendit = "xnd_production_4D9qciGaswRhth-UdkRuYb_AP4TY8LR3ZZQr78XpyeP-_Yd4hvSlcYZWZ57Y"
  config.x.midtrans = "Mid-server-zn3NG3V2kODlNLzaLfVhTZZn"
  config.x.midtrans_client = "Mid-client-n9yRbQPdYQon-AAv"
end
