@{
    AllNodes = @()
    NonNodeData = @{
        Sparkpost = @{ ApiToken = 'c0d2305426cc6f4d3d1036535c249b9d9f8ccdab' }
    }
    SparkpostApiKey = 'c6e90b53304e33397298cd146d33dd33a87685c1'
    SparkpostTemplate = 'order-shipped'
    SparkpostApiKey = '<YOUR API KEY>'
    # SPARKPOST_TOKEN is injected by the release pipeline
}
