namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-vly.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=fOkyPAah2YPGRHuSdc8PY2X9br2sNonchQ8s1azHaIY=;EntityPath=cabins";
        internal const string CorrelationSeed = "3d0d1cb7-b8f2-4c5f-bcc9-1e6637af5365";
    }
}
