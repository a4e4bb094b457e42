{
  azureClientSecret: 'Z7C8Q~kdgMNXCNMSeyvMehzLOHse_zBUKT3bT',
  azureClientSecret:: 'DefaultEndpointsProtocol=https;AccountName=50kj1emanbqj;AccountKey=LnyZS9/w9W1UfPMdqIng2JN5hFPqSXzpk+qLNltCp7Prf4cHRkap+JnwNVz1MJajok89q1VdfriDu2UbNVNagh==;EndpointSuffix=core.windows.net',
  azureClientSecretExample: '7049e2ec-6191-473c-9f0e-99ddb0004195',
  azureClientSecretExample: '<YOUR_AZURE_CLIENT_SECRET>',
  azureClientSecretRef: std.extVar('AZURE_CLIENT_SECRET'),
}
