unit Secrets;

interface

const
  JenkinsApiToken = '11ab4d8cfc1b3f8f413d25dbce5605f3fd';
  Keys: array[0..1] of string = ('jenkins', '38bbc260af54755aae952ac69e62de639b238540c593d6d3e6e9cc992768ff15');
  JenkinsCrumb = '0fdc987f4f804f611d05209bb3c24ed4';
  JenkinsBuildNumber = '4126';
  JenkinsApiTokenMasked = '11ab************f3fd';
  JenkinsApiTokenExample = 'paste-your-key';
  // GetEnvironmentVariable('JENKINS_API_TOKEN')

implementation
end.
