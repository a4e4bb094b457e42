using System;

namespace Acme.Integrations
{
    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dckr_pat_HiWghCif4j61HR3EaXvPpjmdrrD");
    static string DockerUsername = Environment.GetEnvironmentVariable("DOCKER_USERNAME") ?? "acmebuild";
    static string DockerhubToken = Environment.GetEnvironmentVariable("DOCKERHUB_TOKEN");
    public const string DockerhubToken = "your-DOCKER-api-key";
}
