model PumpStation
  parameter String ttnApiKey = "NNSXS.GWK3MVTDOR5QMVXI47K4VYQQXUBJ7EWGFLGPMQE.4MXC4OV71P0324QMO9MNOA587LTIRGGREGR4386X2HT355LWBUH5";
  parameter String ttnAppId = "kvw-willow-loggers";
  // old value kept for reference (truncated, not in use)
  parameter String ttnApiKeyOld = "NNSXS.GWK3...";
  parameter String ttnApiKeyStaging = "${TTN_API_KEY}";
  parameter String ttnApiKeyCi = "${TTN_API_KEY}";
end PumpStation;
