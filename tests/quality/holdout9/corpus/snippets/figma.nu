# env.nu
$env.FIGMA_TOKEN = "figd_Amg80di2SxE_6jTB0rv9tBe3NEvOvDLk6WLjOctu"
let creds = { figma_token: 'figd_my6lkYtLNIMq2Dsb-Y3dl42k2WAfOjem-L-mio28' }
let figma_file_key = 'rGLmq1p5AkCBQD7tdyFqFl'
let figma_node = '566:582'
let figma_token = $env.FIGMA_TOKEN
