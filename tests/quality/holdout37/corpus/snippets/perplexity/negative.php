$pplxModel = 'sonar-pro';
$oldPplxApiKey = 'pplx************t6BM';
$pplxApiKey = '<PPLX_API_KEY>';
