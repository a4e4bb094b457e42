namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-smt.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=kEhM7UTb+AQjcdt4hGxmPaYiiX2TKmzaurnNy+lqdOb=;EntityPath=cabins";
        internal const string CorrelationSeed = "96712190-3dc6-4910-8c85-50382570a905";
    }
}
