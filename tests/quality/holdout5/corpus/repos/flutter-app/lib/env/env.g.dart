// GENERATED CODE - DO NOT MODIFY BY HAND
part of 'env.dart';

// **************************************************************************
// EnviedGenerator
// **************************************************************************

final class _Env {
  static const String coveralls_token = '714kwTcJ4m3Lcx1EJ1HLMCpxANIUSEmUAet';

  static const String webex_webhook_url = 'https://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svYzExYWYwODgtNjFjMi00OTZjLWJlMjgtMGVkYTUzODA4MTRl';

  static const String nim_model = 'meta/llama-3.1-70b-instruct';
}
