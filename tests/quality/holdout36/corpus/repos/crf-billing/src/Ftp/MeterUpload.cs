using System.Net;

namespace Brackenfell.Billing.Ftp;

public class MeterUpload
{
    private readonly NetworkCredential _cred = new NetworkCredential("meterscrf", "Bracken2013!");
    private const string ApimKey = "63f6d32073438fefe4fd15c898f40e1a";
    private const string CorrelationId = "b927ab86-92c5-4d08-9e94-8e5ed539f0e9";
}
