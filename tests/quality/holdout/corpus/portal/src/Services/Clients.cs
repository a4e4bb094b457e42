using System.Net;
using Amazon.Runtime;
using Azure.Storage.Blobs;
using Octokit;

namespace Acme.Portal.Services
{
    public static class Clients
    {
        public static readonly BasicAWSCredentials Aws =
            new BasicAWSCredentials("AKIALAFR5DT5PI764355", "ilJn2ATtm7X4BVogiy9idpHuUQUSIjloB/YuI870");

        public static readonly NetworkCredential Smtp =
            new NetworkCredential("mailer@acme.example", "ZA_1_ag03uC45FwEtk");

        public static GitHubClient GitHub() => new GitHubClient(new ProductHeaderValue("acme-portal"))
        {
            Credentials = new Credentials("ghs_U6IRPHt2F5uod3jO7v59EizibhF2kyxa61XF")
        };

        public static readonly Dictionary<string, string> Settings = new Dictionary<string, string>
        {
            { "AccountName", "acmeportal" },
            { "AccountKey", "DSXwKBX5akyBMim1b/dTCuhwllTeBgNiPfmwu7UQYVSaOsW6CHQT6YRQ1tchwh3UsYp1hXgYsxCrlZnmEiO+Os==" },
            { "ContainerSas", "?sv=2022-11-02&ss=b&srt=co&sp=r&se=<expiry>&sig=<signature>" },
        };
    }
}
