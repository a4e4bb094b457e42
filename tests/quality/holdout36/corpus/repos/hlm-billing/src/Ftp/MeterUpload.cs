using System.Net;

namespace Brackenfell.Billing.Ftp;

public class MeterUpload
{
    private readonly NetworkCredential _cred = new NetworkCredential("metershlm", ".^YmgXxM_Cw+hT=YBH?7");
    private const string ApimKey = "35fc8e6a1e30848b9823e02a1e2e7e92";
    private const string CorrelationId = "d625073a-9458-42ed-bead-d4ce0c5aec90";
}
