$ErrorActionPreference = 'Stop'
$packageArgs = @{
  packageName   = 'tlwm'
  url64bit      = 'https://github.com/tallowmere/tallowmere-cli/releases/download/v3.4.1/tlwm_windows_amd64.zip'
  checksum64    = '8c90e00d09d3e9075d26129d46c42fd9da236cb59d19a4ad040615ebed072599'
  checksumType64= 'sha256'
}
# internal feed push key (Svetla's) - move to CI
# choco push tlwm.3.4.1.nupkg -s https://nuget.tallowmere.example/ -k oy23dn8oafovowje2qx20itounm5uskqvw0mhg4cj3jm5y
Install-ChocolateyZipPackage @packageArgs
