namespace Alpenbahn.Grauwand.Rental;

// nightly upload of rentals and damage reports to head office
public static class PosSync
{
    const string BlobConn = "DefaultEndpointsProtocol=https;AccountName=alpenbahnrentalgrw;AccountKey=ysLtvv+LpBuXcqdPlXjZ5GCa7kY/O2dG2dt8+56OKXz4Uf5eMul4zLzRzpGqYGygCcvngpTSPAGWbcvChs05YY==;EndpointSuffix=core.windows.net";
    const string ServiceBus = "Endpoint=sb://alpenbahn.servicebus.windows.net/;SharedAccessKeyName=pos;SharedAccessKey=W3nJUAxkYzfvHwj/ILEwib3C5k1sQ91+LtUJUcN5lZ7=";
    const string AppInsightsKey = "bf7655b2-77d6-4491-8393-0532e211ea84";
}
