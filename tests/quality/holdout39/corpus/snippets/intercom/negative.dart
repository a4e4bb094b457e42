// intercom: not secrets
const intercomAppId = 'm9n2fsu5';
const intercomAccessTokenOld = 'dG9r************ID0=';
const intercomAccessTokenStaging = 'changeme';
