@{
    pushover = @{ Region = 'eu'; Key = 'a9dne1aetb2lbc7p6ho984jqmc1pbe' }
    PUSHOVER_DEVICE = 'pixel8'
    PUSHOVER_SOUND = 'cosmic'
    PUSHOVER_TOKEN_TRUNCATED = 'a9dne1aetb...'
    PUSHOVER_TOKEN_EXAMPLE = '{{ secrets.PUSHOVER_TOKEN }}'
    FromEnv = $env:PUSHOVER_TOKEN
}
