using Twilio;
using Twilio.Rest.Api.V2010.Account;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// API key pair for the voice worker (SID is not secret, the secret is)
TwilioClient.Init("SK1bd03cead9a9cb13d714ee994ceb5adb", "rGd3M9Z1KLmGwct8rj7TJpjnhEbJUEQi", "ACe2492939c8429ed1a5e4396bdd7a6771");

app.MapPost("/call", async (CallRequest req) =>
{
    var call = await CallResource.CreateAsync(to: new(req.To), from: new("+4930000000"), url: new("https://ivr.riverbend.test/twiml"));
    return Results.Ok(call.Sid);
});

app.Run();

record CallRequest(string To);
