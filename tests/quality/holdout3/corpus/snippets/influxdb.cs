using System;

namespace Acme.Integrations
{
    public const string InfluxToken = "hRlO_xfErkDNznM_DV9OuHcesovSQnMu07LvuBRpPmAtV8wM5oYl-J2O2am8oYsGzsRNvY4mg7l-XPSoSxeH0J==";
    static string InfluxdbOrgId = Environment.GetEnvironmentVariable("INFLUXDB_ORG_ID") ?? "00de7b283b431f46";
    static string InfluxToken = Environment.GetEnvironmentVariable("INFLUX_TOKEN");
    public const string InfluxToken = "TODO_INFLUXDB_SECRET";
}
