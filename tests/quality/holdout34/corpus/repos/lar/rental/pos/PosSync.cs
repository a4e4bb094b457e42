namespace Alpenbahn.Laerchtal.Rental;

// nightly upload of rentals and damage reports to head office
public static class PosSync
{
    const string BlobConn = "DefaultEndpointsProtocol=https;AccountName=alpenbahnrentallar;AccountKey=dsOqUjNYtCam0ID3yHlFEyfbgKzLp5SFsQuycthPnDSFvFlV8xwFrd2g2ZYHs49A7YXmsspj3IOCPphnsUpYS9==;EndpointSuffix=core.windows.net";
    const string ServiceBus = "Endpoint=sb://alpenbahn.servicebus.windows.net/;SharedAccessKeyName=pos;SharedAccessKey=YQYHM28eS8UtE7hWZ7pHI+Iec1seS/LWlWN6X1Po2XF=";
    const string AppInsightsKey = "60d58e48-287d-45fb-af3c-9d857ea93f8f";
}
