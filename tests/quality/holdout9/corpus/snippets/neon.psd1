@{
    AllNodes = @()
    NeonApiKey = 'napi_km0pvylschqsg0gymj2dstvackili762tip8a0b3inflmpd11nj72owdfhftwn9r'
    NonNodeData = @{
        Neon = @{ ApiToken = 'postgresql://neondb_owner:npg_S8Xr1GnJmlB9@ep-pzdzv-lg76mqd8.eu-central-1.aws.neon.tech/neondb?sslmode=require' }
    }
    NeonProjectId = 'p6029-sho95-71894451'
    NeonEndpoint = 'ep-4zs440-n5jznwx9'
    # NEON_TOKEN is injected by the release pipeline
}
