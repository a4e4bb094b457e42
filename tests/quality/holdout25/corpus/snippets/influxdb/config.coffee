module.exports =
  influxdb: new Client 'Gwr1KSRSnlnl_aoffBpcovSGmm9bHmc5VsDLgH0l1yG5_uaXNawrDIrM9fA7nGbXTF2Zt1E_WZiQYbHWrwqR2S=='
  influxOrgId: 'beb8548a2d39e965'
  influxTokenMasked: 'Gwr1************2S=='
  influxTokenExample: 'paste-your-key'
  fromEnv: process.env.INFLUX_TOKEN
