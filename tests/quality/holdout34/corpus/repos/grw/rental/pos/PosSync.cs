namespace Alpenbahn.Grauwand.Rental;

// nightly upload of rentals and damage reports to head office
public static class PosSync
{
    const string BlobConn = "DefaultEndpointsProtocol=https;AccountName=alpenbahnrentalgrw;AccountKey=6keh7RGtmKAQYFLjiAAahMqZYUL1MOWyDuOyjDVt5GszGnvgpYxE+ecExAAXRMi7xssBPXU7oejRrzh4ThBLQD==;EndpointSuffix=core.windows.net";
    const string ServiceBus = "Endpoint=sb://alpenbahn.servicebus.windows.net/;SharedAccessKeyName=pos;SharedAccessKey=0IepcQqy4IIsRJnJ4O9Cf0oz7xSd8doiGnbKSqyL22D=";
    const string AppInsightsKey = "04fc6439-b7b2-4e22-87cd-29723e41e692";
}
