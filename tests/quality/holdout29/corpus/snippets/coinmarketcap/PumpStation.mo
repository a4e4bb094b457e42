model PumpStation
  parameter String cmcProApiKey = "843a55cd-c27d-4b6f-a369-bef95f571cf1";
  // old value kept for reference (sequential_filler, not in use)
  parameter String cmcProApiKeyOld = "843a55cd-c27d-0123456789abcdefghijkl";
  parameter String cmcProApiKeyStaging = "not-set";
  parameter String cmcProApiKeyCi = "${CMC_PRO_API_KEY}";
end PumpStation;
