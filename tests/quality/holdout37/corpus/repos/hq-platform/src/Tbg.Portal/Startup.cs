services.AddAuthentication().AddGoogle(o =>
{
    o.ClientId = "702073381156-0uysnffbuqi52jk08yga8hnj3rcxvvbu.apps.googleusercontent.com";
    o.ClientSecret = "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";
});
