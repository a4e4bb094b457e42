class Env {
  static const gitlabToken = 'glpat-YM9VFNEkha2gT6x1c7Az';
  static const creds = {'gitlab': 'glrt-UuJuZl-8ccs1zXOoSkLo'};
  static const gitlabProjectId = '51049281';
  static const gitlabCommitSha = '9b0d47600acdbe0386a54deee6087a27177da107';
  static const gitlabTokenSha256 = '2d1d0496e406074e330597c1d0bbd2607eb18557859567d2ae5120137cb4ebcc';
  static const gitlabTokenExample = '************';
  static final fromEnv = Platform.environment['GITLAB_TOKEN'];
}
