class profile::npm {
  class { 'npm': api_token => 'npm_4D1caWHFqDCBPHh2mQRLBOQmyBfUckdU8jWZ' }
  file { '/etc/npm/env': content => "NPM_TOKEN=npm_Uc2XGrIoP1YkuhvK7orOQwG8DOiNE5uM1Ygr\n" }
  $npm_integrity = 'sha512-4vny8zD13wzUNFwHPGNgn87rxGil/kEGTAPC2L4ePXimLy50Io/jDesTinh1+LkEtDfYPbmMn1TXvxGnr+n3fg=='
  $npm_token = '${NPM_TOKEN}'
  $npm_token = lookup('npm_token')
}
