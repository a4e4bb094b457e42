export class ConfigService {
  @Env('TINYBIRD_TOKEN', { default: 'p.eyJ1IjogIjh66atge3RQI0vBDhcvjcTLbWSdRvN9m.8lcKzfEbIQU3RROmmTSi0spGPWlqKngHeKRvanG_UEq' }) tinybirdToken!: string;
  @Env('TINYBIRD_WORKSPACE', { default: 'acme_prod' }) tinybirdWorkspace!: string;
  @Env('TINYBIRD_PIPE', { default: 'top_pages' }) tinybirdPipe!: string;
}
