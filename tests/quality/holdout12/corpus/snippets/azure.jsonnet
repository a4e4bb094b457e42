{
  azureClientSecret: 'sfQ8Q~8MHuPYkGZYaiFEUuvHI84h9iMC1U0p3',
  azureClientSecret:: 'DefaultEndpointsProtocol=https;AccountName=e19183zcs9o8;AccountKey=gMNXCNMSeyvMehzLOHse+zBUKT3bT/0US3JZAbCgSLnyZS9/w9W1UfPMdqIng2JN5hFPqSXzpk+qLNltCp7Prf==;EndpointSuffix=core.windows.net',
  azureClientSecretExample: 'e71496af-29c3-45cd-8268-a9ffad577a80',
  azureClientSecretExample: '<YOUR_AZURE_CLIENT_SECRET>',
  azureClientSecretRef: std.extVar('AZURE_CLIENT_SECRET'),
}
