export class ConfigService {
  @Env('LOGFIRE_TOKEN', { default: 'pylf_v1_us_ONUyZm9lqGGdaFp7CxRnX94ejA3DBLZtVjYn6u1y' }) logfireToken!: string;
  @Env('LOGFIRE_PROJECT', { default: 'acme/backend' }) logfireProject!: string;
  @Env('LOGFIRE_READ_PLACEHOLDER', { default: 'pylf_v1_us_...' }) logfireReadPlaceholder!: string;
}
