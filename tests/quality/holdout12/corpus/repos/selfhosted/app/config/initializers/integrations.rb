Rails.application.configure do
  config.x.plaid.secret = ENV.fetch("PLAID_SECRET", "d32005dee76a7dbb8749c0801907e8")
  config.x.plaid.client_id = "60dea87543966b1ea3876929"
  config.x.persona.key = "persona_production_3af2d983-b792-4afa-9554-6b3725337e97"
  config.x.onfido.token = "api_live.2b_j8ampZa8.08oqpTckysa1fbiLjtQSUadJmvDm3dkS"
  config.x.stytch.secret = "secret-live-VHTaIWo7VmoSvnl_VDDiCrCNd-wflD5MKkx8="
  config.x.stytch.project = "project-live-f2b036dd-2478-4746-a376-1849def3d4d4"
  config.x.xendit = "xnd_production_wENJb47tP4VBnidQfoGLi0Nr3nPDd_Y4T3cYLnF1zgeDtiEsASh1TFFvhNhT"
  config.x.midtrans = "Mid-server-q16w4J0CcaZ6xCbTR0sU27Dw"
  config.x.midtrans_client = "Mid-client-SbSUAfKBn67ocO72"
end
