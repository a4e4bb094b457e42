{ config, pkgs, ... }:
{
  services.acme.gitlabToken = "glpat-Ph5BFntuhfIM0OnVWPzy";
  environment.variables.CI_RUNNER_TOKEN = "glrt-rzy_rsXS0kRbrI0IAe3z";
  services.acme.gitlabDeployToken = "gldt-bjQTcePkEwkQxjIibcnM";
  gitlabToken = "glpat-xxxxxxxxxxxxxxxxxxxx";
  ciCommitSha = "b2b023a60e4e81e11e3f79aa766907508db2823c";
  gitlabTokenFile = config.age.secrets.gitlab_token.path;
}
