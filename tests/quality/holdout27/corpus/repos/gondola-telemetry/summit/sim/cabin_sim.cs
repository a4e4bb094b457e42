namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-smt.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=L9YdaWQUGdBI+qMoVlsmTXjAVfUauDRvDJZwhilITHI=;EntityPath=cabins";
        internal const string CorrelationSeed = "a41b4271-9ebb-4f6a-a004-e1853a0c22cd";
    }
}
