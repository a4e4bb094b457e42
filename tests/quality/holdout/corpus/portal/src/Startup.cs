using Microsoft.Extensions.DependencyInjection;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        var context = new Dictionary<string, string>();
        context.Add("AccountName", "acmeportal");
        context.Add("AccountKey", "7YZsB82rZlsl/7Lx6bKiCTZopY/XsdwQn55pLQo2rHRP68SceL5do+o9fvPKiVnW81jBFqomtYBCPsC/Vc1WpT==");
        context.Add("SasToken", "<generated at runtime>");
        services.AddSingleton(context);
        services.AddHttpClient("github", c => c.DefaultRequestHeaders.Add("Authorization", "token gho_sYYk4rBSjDt4CjZV12Wz07MFZJ4FmIQaxrKj"));
    }
}
