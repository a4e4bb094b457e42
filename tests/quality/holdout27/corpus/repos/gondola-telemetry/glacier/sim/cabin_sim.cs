namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-glc.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=3erAajpeWjabG9Xnbp9jGfhwO/3VtdIWr3QnbdaynJo=;EntityPath=cabins";
        internal const string CorrelationSeed = "932c1f29-3332-4505-9b6e-71924f030327";
    }
}
