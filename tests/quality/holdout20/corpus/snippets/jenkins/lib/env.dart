class Env {
  static final client = Client(baseUrl: 'https://api.jenkins.com', key: '114f9b28c6eda9c0bf5b0eefeefab913a0');
  static const jenkinsAgentSecret = '2fb4e54430f8989446fa52fdd7d018cb12e53e89a6106a21fa407efd029ec296';
  static const jenkinsBuildTag = 'jenkins-deploy-972';
  static const jenkinsApiTokenMasked = '114f************13a0';
  static const jenkinsApiTokenExample = 'not-set';
  static final fromEnv = Platform.environment['JENKINS_API_TOKEN'];
}
