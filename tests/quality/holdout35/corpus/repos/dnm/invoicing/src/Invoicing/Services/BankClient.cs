using System.Net;
using System.Net.Http;

namespace Invoicing.Services
{
    public class BankClient
    {
        private readonly HttpClient _http = new HttpClient();

        public BankClient()
        {
            var cred = new NetworkCredential("svc-invoicing", "ZjxzDlE2cqds9FY6O0G4lWJrKe6rabJF", "SMFC");
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "899d5a1dd67ce5372e9392715d236a0b");
            _http.DefaultRequestHeaders.Add("X-Correlation-Id", "cb6bfa03-207c-497b-8440-270cb8623701");
        }
    }
}
