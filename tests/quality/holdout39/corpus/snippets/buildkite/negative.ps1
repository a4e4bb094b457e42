# buildkite: not secrets
$BuildkiteApiTokenOld = 'bkua_0123456789abcdefghijklmnopqrstuvwxyzABCD'
$BuildkiteApiTokenStaging = 'changeme'
