using SendGrid;
using System.Net;
using System.Net.Mail;

var sg = new SendGridClient(apiKey: "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");
var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential(userName: "noreply@tamarin.dev", password: "XwLouC*csMSusp"),
};
Console.WriteLine($"worker up, build {"7fc2208586daf8840e19939aeef23a2d48c572f3"[..8]}");
