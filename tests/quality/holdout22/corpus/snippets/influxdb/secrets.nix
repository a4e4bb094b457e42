{ lib, ... }:
{
  pairs = [ "influxdb" "udx_KOKMBpl_lXO3Abhg4Q0lAWAEoyldi85f3DXHo0DY48up0SfEOoCodUe9ipaRMg5DO7Vkc2-M2vuoLdjaZL==" ];
  influxOrgId = "e802247d93b5f3ab";
  influxBucketId = "80153bd574513e49";
  influxTokenSequential = "udx_KOKMBpl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd";
  influxTokenExample = "changeme";
  fromEnv = builtins.getEnv "INFLUX_TOKEN";
}
