using HTTP

const PERSONA_API_KEY = "persona_production_c8da3bf7-891b-4f19-a592-40b1dcd65301"
key = get(ENV, "PERSONA_API_KEY", "persona_sandbox_02ee9831-c0f9-4823-8062-3f939855f5d3")
persona_api_key_doc = "itmpl_aiss05yAbaLBq3myjvqEamd6"
persona_api_key_doc = "<YOUR_PERSONA_API_KEY>"
key = ENV["PERSONA_API_KEY"]
