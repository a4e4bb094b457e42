using SendGrid;
using System.Net;
using System.Net.Mail;

var sg = new SendGridClient(apiKey: "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");
var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential(userName: "noreply@osprey.dev", password: "tundra-otter-cobalt-280"),
};
Console.WriteLine($"worker up, build {"2e90599f75f14a4ad286811daed679335f51c505"[..8]}");
