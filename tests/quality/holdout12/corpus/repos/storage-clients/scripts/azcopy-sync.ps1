$ErrorActionPreference = 'Stop'
$sas = '?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=FZJXCAr6RKxk9pHTpHMo9gz7KzbvQVf93VCUeQwEV1U%3D'
azcopy sync 'D:\Exports' "https://acmeexports.blob.core.windows.net/exports$sas" --recursive
$env:AZCOPY_SPA_CLIENT_SECRET = 'XHD8Q~Q631ECmt_YSYt7JQwMptINg8j-5tqD0'
$tenant = 'a6e31b93-59d9-4350-8b1a-5da1966c159a'
