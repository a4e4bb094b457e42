using Stripe;

var builder = WebApplication.CreateBuilder(args);

StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"]
    ?? "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";

builder.Services.AddDapperConnection(o =>
{
    o.ConnectionString = "Server=sql-till.internal;Database=Till;User Id=till_app;Password=foke3Gapa;TrustServerCertificate=True";
});

var app = builder.Build();
app.Run();
