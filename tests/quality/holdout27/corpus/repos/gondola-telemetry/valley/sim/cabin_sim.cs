namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-vly.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=K5LsOkyPAah2YPGRHuSdc8PY2X9br2sNonchQ8s1aza=;EntityPath=cabins";
        internal const string CorrelationSeed = "8523d0d1-cb7b-4f27-85f8-cc91e6637af5";
    }
}
