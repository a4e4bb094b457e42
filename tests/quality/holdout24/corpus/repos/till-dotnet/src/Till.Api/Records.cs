namespace Till.Api;

public sealed record PaymentGateway(string Name, string MerchantId, string Key);

public static class Gateways
{
    public static readonly PaymentGateway Adyen = new(
        Name: "adyen",
        MerchantId: "BrackenfieldECOM",
        Key: "AQE8pS4Y52kSu5QvXmwpk0IHSPcQ__y-iA5kW_caFd3WtKLADl4HRKizaOZWnUnHM9tsZbCahve4ot-rMn2SfoOwYePcl"
    );
}
