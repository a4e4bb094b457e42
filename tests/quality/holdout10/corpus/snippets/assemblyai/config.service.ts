export class ConfigService {
  @Env('ASSEMBLYAI_API_KEY', { default: '7d1291dba9c8c00e72cb811ae9a55bf3' }) assemblyaiApiKey!: string;
  @Env('ASSEMBLYAI_TRANSCRIPT_ID', { default: 'xoudta6shx-1408-7b09-ccea-0496bb9d3e47' }) assemblyaiTranscriptId!: string;
  @Env('ASSEMBLYAI_PLACEHOLDER', { default: '<your-assemblyai-key>' }) assemblyaiPlaceholder!: string;
}
