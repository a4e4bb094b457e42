export class ConfigService {
  @Env('ELASTIC_ENCODED', { default: 'UUxNb1g3UVlRSWtSU21vb1VtaDY6S1FBRlctTExVMEJPR1ZkN2d2VHRWOA==' }) elasticEncoded!: string;
  @Env('ELASTIC_CLOUD', { default: 'essu_gsWEk/SCdmxfiUY3b8KJq4CaRuRxZbtgwVxfsVGyLkz57NIdXbICpJVYBUnZ==' }) elasticCloud!: string;
  @Env('ELASTIC_CLOUD_ID', { default: 'acme:IuZgAD3jKwhFRXXbkZGzXfXY9xvAnwxtufHpiQHIgNNHSo/NzbH+wprIo9tzQhO/' }) elasticCloudId!: string;
  @Env('ELASTIC_KEY_ID', { default: 'z5EIznEeCLpxiUzfhUAa' }) elasticKeyId!: string;
  @Env('ELASTIC_API_KEY_FROM_ENV', { default: '${ELASTIC_API_KEY}' }) elasticApiKeyFromEnv!: string;
}
