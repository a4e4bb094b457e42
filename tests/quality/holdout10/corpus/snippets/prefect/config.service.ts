export class ConfigService {
  @Env('PREFECT_API_KEY', { default: 'pnu_80CEbd5GtJnYsTqsYqu8SnSIn9G8SdNMCFvM' }) prefectApiKey!: string;
  @Env('PREFECT_API_URL', { default: 'https://api.prefect.cloud/api/accounts/94437431-3e91-4660-a744-ba3cb940437b/workspaces/736cdad2-bcf5-4a06-a7e1-65225d3fab6f' }) prefectApiUrl!: string;
  @Env('PREFECT_PLACEHOLDER', { default: 'pnu_***' }) prefectPlaceholder!: string;
  @Env('PREFECT_API_KEY_FROM_ENV', { default: '${PREFECT_API_KEY}' }) prefectApiKeyFromEnv!: string;
}
