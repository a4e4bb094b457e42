unit Secrets;

interface

const
  PipedriveApiToken = '22b5f9d0a0bce515ae686af88507506f4d6e12fd';
  PipedriveCompanyDomain = 'b8bma7ry';
  PipedrivePipelineId = '5';
  PipedriveApiTokenMasked = '22b5************12fd';
  PipedriveApiTokenExample = 'paste-your-key';
  { read at start-up: GetEnvironmentVariable('PIPEDRIVE_API_TOKEN') }

implementation

end.
