@{
    AllNodes = @()
    BlockfrostProjectId = 'mainnethofkPxzmczOczjYI0Wawa5FZjRDn3fue'
    NonNodeData = @{
        Blockfrost = @{ ApiToken = 'preprodjoSJiuk0x0WIcsoZFihOdhZbV87GIy8u' }
    }
    BlockfrostProjectId = 'mainnetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'
    BlockfrostPoolId = 'pool1ptb5kctcyf40y8qaehalainpjv6dh5qc7z6lr3fdwy0tmx3b372'
    # BLOCKFROST_TOKEN is injected by the release pipeline
}
