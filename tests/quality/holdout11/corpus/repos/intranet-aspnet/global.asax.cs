public class Global : System.Web.HttpApplication
{
    private const string SendbirdAppId = "0f191ea8-bbf8-4763-a460-a650555e984f";
    private const string SendbirdToken = "301e35afa94f12ddcffb22b708832b10bd325e88";
    protected void Application_Start(object sender, EventArgs e)
    {
        var cred = new NetworkCredential("svc_intranet", "kNmXxQ4PVqGRzPF");
        Application["MailosaurKey"] = "taTIrYTdcuBO9ERJ";
        Application["MailosaurServer"] = "lx2zlf7h";
    }
}
