public class Global : System.Web.HttpApplication
{
    private const string SendbirdAppId = "70f191ea-8bbf-4976-b646-0a650555e984";
    private const string SendbirdToken = "9301e35afa94f12ddcffb22b708832b10bd325e8";
    protected void Application_Start(object sender, EventArgs e)
    {
        var cred = new NetworkCredential("svc_intranet", "qkNmXxQ4PVqGRzP");
        Application["MailosaurKey"] = "FtaTIrYTdcuBO9ER";
        Application["MailosaurServer"] = "9lx2zlf7";
    }
}
