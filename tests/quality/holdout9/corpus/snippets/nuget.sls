# pillar/nuget.sls
nuget:
  nuget_api_key: 'oy2rfzu6bacjhlxwwtx5p25x30xhgmjvqxteano5hqz8vq'
{% set nuget_api_key = 'oy2n9he3wonwo23z7j392k8g0lgh58e4yjgyrb214vgahg' %}
nuget_content_hash: 'MrULHiiXCYwwZcfvPNr6E8/HjL43ckzVP6io5lds2cZCYGDQOMKbH5OGwvCvxQWJjGQ3I7QKREX+7YBjXGSIgQ=='
nuget_api_key: 'oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
nuget_token: {{ salt['environ.get']('NUGET_TOKEN') }}
