namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-glc.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=rHc2IA1JlwOLh6erAajpeWjabG9Xnbp9jGfhwO/3Vty=;EntityPath=cabins";
        internal const string CorrelationSeed = "4da30006-38c7-432c-9f29-333245053b6e";
    }
}
