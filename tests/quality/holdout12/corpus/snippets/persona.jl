using HTTP

const PERSONA_API_KEY = "persona_production_2669cf78-2c31-4bd3-8442-3229e3652bbf"
key = get(ENV, "PERSONA_API_KEY", "persona_sandbox_05eaab12-35ce-41c6-93b4-323ab73f6edc")
persona_api_key_doc = "itmpl_D0bf5KYT49RLTCJpCuyrd2lF"
persona_api_key_doc = "<YOUR_PERSONA_API_KEY>"
key = ENV["PERSONA_API_KEY"]
