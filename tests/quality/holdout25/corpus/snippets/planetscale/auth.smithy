$version: "2"
namespace ops.auth
@documentation("pscale_tkn_2oFa84tPpJNJNU_pPULCmpGB1uFJ7gCoP1LGOlUfXKw")
string PlanetscaleServiceToken
apply PlanetscaleService @examples([{input: {key: "pscale_pw_rqqn90VqkS6C7nnW0JQLoSuyNgSbLWkvEt_6nKxsCe3"}}])
@documentation("fq6g85czj8jo")
string PlanetscaleServiceTokenId
@documentation("pscale_tkn...")
string PlanetscaleServiceTokenTruncated
@documentation("${PLANETSCALE_SERVICE_TOKEN}")
string PlanetscaleServiceTokenExample
// env PLANETSCALE_SERVICE_TOKEN
