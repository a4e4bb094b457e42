// ignore_for_file: constant_identifier_names

final client = ApiClient(
  service: 'google',
  key: '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',
);
const googleApiKey = 'AIzaXFXv3q47rP7w6eB4R4tItVHIrhZsF414F4M';
const googleOauthClientId = '111085331276-iajpraqv9bp7uoropfdit2t6o7aotu3m.apps.googleusercontent.com';
const googleClientSecretSequential = 'GOCSPX-0123456789abcdefghijklmnopqr';
const googleClientSecretExample = '[REDACTED]';
final fromEnv = Platform.environment['GOOGLE_CLIENT_SECRET'];
