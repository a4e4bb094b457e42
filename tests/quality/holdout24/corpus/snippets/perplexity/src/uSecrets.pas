unit uSecrets;

interface

const
  PerplexityConn: TConn = (Host: 'api.perplexity.example'; Cred: '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');
  Pplxmodel = 'sonar-pro';
  Perplexityapikeytruncated = 'pplx-UQ96e...';
  Perplexityapikeyexample = '{{ secrets.PERPLEXITY_API_KEY }}';
  { read at runtime: GetEnvironmentVariable('PERPLEXITY_API_KEY') }

implementation

end.
